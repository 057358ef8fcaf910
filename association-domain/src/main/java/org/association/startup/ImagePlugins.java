package org.association.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;

/**
 * Registers the application's ImageIO plug-ins (WebP, and JPEGs in CMYK) with the JVM's one ImageIO
 * registry, and takes them out again when the application stops. The registry finds plug-ins only through
 * the class loader of the thread that first uses it, which inside the server is seldom the application's,
 * and a plug-in left registered would keep an undeployed application's classes in memory.
 */
@Startup
@Singleton
public class ImagePlugins {

    private static final Logger LOG = Logger.getLogger(ImagePlugins.class.getName());

    @PostConstruct
    void register() {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(ImagePlugins.class.getClassLoader());
        try {
            ImageIO.scanForPlugins();
        } finally {
            thread.setContextClassLoader(before);
        }
        LOG.info(() -> "Image formats read: " + String.join(" ", ImageIO.getReaderMIMETypes()));
    }

    @PreDestroy
    void deregister() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        Iterator<Class<?>> categories = registry.getCategories();
        while (categories.hasNext()) {
            Class<?> category = categories.next();
            List<Object> ours = new ArrayList<>();
            registry.getServiceProviders(category, ImagePlugins::isOurs, false).forEachRemaining(ours::add);
            ours.forEach(provider -> registry.deregisterServiceProvider(provider));
        }
    }

    /**
     * Loaded by this application's class loader or one of its parents that the server's own classes do not
     * share: the EAR's lib, where the plug-ins are, is a parent of the EJB module's loader.
     */
    private static boolean isOurs(Object provider) {
        ClassLoader loader = provider.getClass().getClassLoader();
        return onChain(loader, ImagePlugins.class.getClassLoader()) && !onChain(loader, Singleton.class.getClassLoader());
    }

    private static boolean onChain(ClassLoader loader, ClassLoader start) {
        for (ClassLoader current = start; current != null; current = current.getParent()) {
            if (current == loader) {
                return true;
            }
        }
        return false;
    }
}
