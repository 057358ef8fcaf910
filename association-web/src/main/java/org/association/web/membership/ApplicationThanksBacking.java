package org.association.web.membership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.association.web.site.ChannelPage;

/** The page an applicant sees once the application is stored. */
@Named
@RequestScoped
public class ApplicationThanksBacking extends ChannelPage {
}
