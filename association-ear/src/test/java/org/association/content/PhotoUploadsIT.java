package org.association.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.association.testing.Bombs;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.Http;
import org.association.testing.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Photos and member files as staff upload them, on the deployed application: files that unpack to far more
 * than they weigh are refused with a message and the server goes on; WebP and CMYK photos are taken, phone
 * photos shown upright, and the article gallery shows a display size instead of the original.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhotoUploadsIT {

    private static final String PASSWORD = "a long passphrase for photo uploads";
    private static final String EDITOR = "/admin/articles/edit.xhtml";
    private static final String IMPORT = "/admin/members/import.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    private long logMark;

    @BeforeEach
    void markTheServerLog() {
        logMark = ServerLog.mark();
    }

    @AfterEach
    void theServerLogStaysClean() {
        ServerLog.assertNoTroubleSince(logMark);
    }

    @Test
    void aPngOfTwentyThousandPixelsSquareIsRefusedBeforeItIsDecoded() throws IOException {
        long article = Fixtures.article("notices", "pixel-bomb", "DRAFT");
        FormClient staff = staff("pixelbomb");
        byte[] bomb = Bombs.blackPng(20_000);
        assertTrue(bomb.length < 2 * 1024 * 1024, "a small file: " + bomb.length);
        staff.open(EDITOR + "?id=" + article);
        HttpResponse<String> refused = staff.upload(EDITOR, "upload", "upload:files", "black.png", bomb);
        assertEquals(200, refused.statusCode(), refused.body());
        List<String> errors = FormClient.errors(refused.body());
        assertTrue(errors.stream().anyMatch(error -> error.contains("black.png") && error.contains("20000 × 20000")),
                "says why: " + errors);
        assertEquals(0, Fixtures.counts(article).get("attachments"), "nothing stored");

        assertEquals(200, staff.open(EDITOR + "?id=" + article).statusCode(), "the server answers the next request");
        HttpResponse<String> taken = staff.upload(EDITOR, "upload", "upload:files", "small.png", png(new BufferedImage(40, 30,
                BufferedImage.TYPE_INT_RGB)));
        assertEquals(List.of(), FormClient.errors(taken.body()));
        assertEquals(1, Fixtures.counts(article).get("attachments"));
    }

    @Test
    void aWorkbookThatUnpacksToHundredsOfMegabytesIsRefusedWhole() {
        FormClient staff = staff("zipbomb");
        long batches = Fixtures.counts().get("importBatches");
        long members = Fixtures.counts().get("members");
        byte[] bomb = Bombs.workbookOf300Megabytes();
        assertTrue(bomb.length < 10 * 1024 * 1024, "under the upload limit: " + bomb.length);
        assertTrue((double) bomb.length / (300 * 1024 * 1024) > 0.01, "compressed less than POI's own limit refuses");
        staff.open(IMPORT);
        HttpResponse<String> refused = staff.upload(IMPORT, "upload", "upload:file", "members.xlsx", bomb);
        assertEquals(200, refused.statusCode(), refused.body());
        List<String> errors = FormClient.errors(refused.body());
        assertTrue(errors.stream().anyMatch(error -> error.contains("100 MB")), "says why: " + errors);
        assertEquals(batches, Fixtures.counts().get("importBatches"), "no batch kept");
        assertEquals(members, Fixtures.counts().get("members"), "no member stored");

        assertEquals(200, staff.open(IMPORT).statusCode(), "the server answers the next request");
        String rows = "name,kind,email\n影像测试,INDIVIDUAL,photo-import@example.org\n";
        HttpResponse<String> previewed = staff.upload(IMPORT, "upload", "upload:file", "rows.csv",
                rows.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), FormClient.errors(previewed.body()));
        assertEquals(batches + 1, Fixtures.counts().get("importBatches"), "a readable file is previewed as before");
    }

    @Test
    void webpAndCmykPhotosAreTakenAndAPhonePhotoIsShownUpright() throws IOException {
        long article = Fixtures.article("notices", "photo-formats", "PUBLISHED");
        long webp = Fixtures.upload(article, "green-blue.webp", resource("green-blue.webp"));
        long cmyk = Fixtures.upload(article, "cmyk-red.jpg", resource("cmyk-red.jpg"));
        long turned = Fixtures.upload(article, "turned-red-left.jpg", resource("turned-red-left.jpg"));

        BufferedImage webpDisplay = image("/display/" + webp + ".jpg");
        assertEquals(List.of(64, 48), List.of(webpDisplay.getWidth(), webpDisplay.getHeight()), "no larger than the photo");
        assertTrue(isGreen(webpDisplay.getRGB(8, 24)) && isBlue(webpDisplay.getRGB(56, 24)), "green left, blue right");
        BufferedImage webpThumbnail = image("/thumbnails/" + webp + ".jpg");
        assertEquals(64, webpThumbnail.getWidth());

        BufferedImage cmykDisplay = image("/display/" + cmyk + ".jpg");
        int middle = cmykDisplay.getRGB(32, 24);
        assertTrue(isRed(middle), "the CMYK red stays red: " + Integer.toHexString(middle));
        assertTrue(isRed(image("/thumbnails/" + cmyk + ".jpg").getRGB(32, 24)));

        // stored 64 × 48 with its left half red, and EXIF orientation 6: to be turned a quarter clockwise
        BufferedImage turnedThumbnail = image("/thumbnails/" + turned + ".jpg");
        assertEquals(List.of(48, 64), List.of(turnedThumbnail.getWidth(), turnedThumbnail.getHeight()),
                "upright: taller than wide");
        assertTrue(isRed(turnedThumbnail.getRGB(24, 8)) && isBlue(turnedThumbnail.getRGB(24, 56)), "the left half now on top");
        BufferedImage turnedDisplay = image("/display/" + turned + ".jpg");
        assertEquals(List.of(48, 64), List.of(turnedDisplay.getWidth(), turnedDisplay.getHeight()));

        String page = Http.get("/en/notices/2024/02/02/photo-formats").body();
        Matcher large = Pattern.compile("<img class=\"photo-large\" src=\"([^\"]+)\"").matcher(page);
        int shown = 0;
        while (large.find()) {
            assertTrue(large.group(1).matches("/display/[0-9]+\\.jpg"), "the gallery shows the display size: " + large.group(1));
            shown++;
        }
        assertEquals(3, shown, page);
        assertTrue(page.contains("href=\"/files/" + turned + "/turned-red-left.jpg\""), "the original stays a link away");
        assertEquals(200, Http.getBytes("/files/" + turned + "/turned-red-left.jpg").statusCode());
    }

    @Test
    void aPhotoStoredWithoutADisplaySizeGetsOneWhenFirstShown() throws IOException {
        long article = Fixtures.article("notices", "older-photo", "PUBLISHED");
        long photo = Fixtures.upload(article, "older.png", png(new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB)));
        Fixtures.forgetDisplay(photo);
        assertFalse(Fixtures.displayStored(photo));

        BufferedImage display = image("/display/" + photo + ".jpg");
        assertEquals(List.of(1280, 640), List.of(display.getWidth(), display.getHeight()), "fits 1280 pixels");
        assertTrue(Fixtures.displayStored(photo), "made once, then kept for every server");
        assertEquals(200, Http.getBytes("/display/" + photo + ".jpg").statusCode());
    }

    @Test
    void theDemoPhotosHaveDisplaySizes() throws IOException {
        String page = Http.get("/en/activities/2024/01/25/work-summary-meeting").body();
        Matcher large = Pattern.compile("<img class=\"photo-large\" src=\"/display/([0-9]+)\\.jpg\"").matcher(page);
        assertTrue(large.find(), "the seed activity's gallery shows display sizes");
        BufferedImage display = image("/display/" + large.group(1) + ".jpg");
        assertTrue(display.getWidth() <= 1280 && display.getHeight() <= 1280);
    }

    private static BufferedImage image(String path) throws IOException {
        HttpResponse<byte[]> answer = Http.getBytes(path);
        assertEquals(200, answer.statusCode(), path);
        assertEquals("image/jpeg", answer.headers().firstValue("Content-Type").orElseThrow(), path);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.body()));
        assertNotNull(image, path + " is a JPEG");
        return image;
    }

    private static boolean isRed(int rgb) {
        return red(rgb) > 200 && green(rgb) < 80 && blue(rgb) < 80;
    }

    private static boolean isGreen(int rgb) {
        return green(rgb) > 120 && red(rgb) < 90 && blue(rgb) < 110;
    }

    private static boolean isBlue(int rgb) {
        return blue(rgb) > 150 && red(rgb) < 90 && green(rgb) < 110;
    }

    private static int red(int rgb) {
        return rgb >> 16 & 0xFF;
    }

    private static int green(int rgb) {
        return rgb >> 8 & 0xFF;
    }

    private static int blue(int rgb) {
        return rgb & 0xFF;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** Made with cwebp, ImageMagick (-colorspace CMYK) and exiftool (-Orientation=6): see src/test/resources/photos. */
    private static byte[] resource(String name) {
        try (InputStream in = PhotoUploadsIT.class.getResourceAsStream("/photos/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FormClient staff(String username) {
        Fixtures.account(username, PASSWORD, "ADMIN");
        return FormClient.signedIn(username, PASSWORD);
    }
}
