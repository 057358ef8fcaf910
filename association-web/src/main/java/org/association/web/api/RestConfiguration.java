package org.association.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The read-only JSON API for apps, under /api. */
@ApplicationPath("api")
public class RestConfiguration extends Application {
}
