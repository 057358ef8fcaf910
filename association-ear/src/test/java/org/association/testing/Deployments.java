package org.association.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the tests deploy: always the EAR this build produced, exactly as run.sh deploys it;
 * in-container tests add one small web module with the test classes.
 */
public final class Deployments {

    private static final String TEST_MODULE = "association-tests.war";

    private Deployments() {
    }

    /** The EAR as built, for tests that drive it from outside (browser, HTTP). */
    public static EnterpriseArchive ear() {
        String path = System.getProperty("association.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("the built EAR was not found at " + path + " (run the tests with mvn verify)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /**
     * The EAR plus the test module with its fixtures only, for tests driven from outside (browser, HTTP)
     * that need data made through the services first (see {@link Fixtures}).
     */
    public static EnterpriseArchive earWithFixtures() {
        EnterpriseArchive ear = ear();
        ear.addAsModule(testModule());
        ear.setApplicationXML(new StringAsset(applicationXmlWithTestModule(ear)));
        return ear;
    }

    /** The EAR plus a web module holding {@code testClasses}, which run inside the server. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        ear.addAsModule(Testable.archiveToTest(testModule().addClasses(testClasses)));
        ear.setApplicationXML(new StringAsset(applicationXmlWithTestModule(ear)));
        return ear;
    }

    private static WebArchive testModule() {
        return ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addClasses(Deployments.class, Staff.class, Staff.Work.class, RunAsAdmin.class, RunAsAdmin.Outcome.class,
                        FixtureServlet.class, MailFixtureServlet.class, NoticeFixtureServlet.class,
                        EventFixtureServlet.class, DuesFixtureServlet.class, PortalFixtureServlet.class,
                        MembershipFixtureServlet.class, AnsweringFixtureServlet.class, OnlinePaymentFixtureServlet.class,
                        ContactRequestFixtureServlet.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** The EAR lists its modules; the test module must be listed too, or the server would not start it. */
    private static String applicationXmlWithTestModule(EnterpriseArchive ear) {
        String module = "<module><web><web-uri>" + TEST_MODULE
                + "</web-uri><context-root>/association-tests</context-root></web></module>";
        return read(ear, "META-INF/application.xml").replace("<library-directory>", module + "<library-directory>");
    }

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
