package org.association.startup;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.association.content.control.Thumbnails;

/**
 * Draws the stand-ins for the seed page's photos: a meeting room in simple shapes, with a caption in
 * Latin letters (a server need not have a Chinese font). Deterministic, so every demo install is alike.
 */
final class StandInPhotos {

    static final int WIDTH = 1200;
    static final int HEIGHT = 800;
    static final int VOUCHER_WIDTH = 900;
    static final int VOUCHER_HEIGHT = 400;

    private StandInPhotos() {
    }

    /** A JPEG of a meeting room with {@code people} seated at a table, in the given wall colour. */
    static byte[] meetingRoom(String caption, int people, Color wall) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, wall.brighter(), 0, HEIGHT * 0.6f, wall));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            // the red banner that hangs over every such meeting
            g.setColor(new Color(176, 32, 36));
            g.fillRect(120, 60, WIDTH - 240, 90);
            g.setColor(new Color(250, 222, 120));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
            g.drawString("2023 WORK SUMMARY AND 2024 WORK DEPLOYMENT MEETING", 150, 118);
            // floor and table
            g.setColor(new Color(120, 92, 70));
            g.fillRect(0, HEIGHT * 3 / 5, WIDTH, HEIGHT * 2 / 5);
            g.setColor(new Color(88, 58, 40));
            g.fillRoundRect(140, 470, WIDTH - 280, 120, 30, 30);
            // people behind the table
            int gap = (WIDTH - 320) / Math.max(people, 1);
            for (int i = 0; i < people; i++) {
                int x = 160 + gap / 2 + i * gap - 35;
                g.setColor(new Color(30 + (i * 37) % 60, 40 + (i * 23) % 50, 70 + (i * 41) % 80));
                g.fillRoundRect(x, 360, 70, 120, 24, 24);
                g.setColor(new Color(236, 200, 170));
                g.fillOval(x + 12, 300, 46, 56);
                g.setColor(Color.WHITE);
                g.fillRect(x + 15, 500, 40, 22);
            }
            g.setStroke(new BasicStroke(3));
            g.setColor(new Color(255, 255, 255, 200));
            g.fillRect(0, HEIGHT - 70, WIDTH, 70);
            g.setColor(new Color(40, 40, 40));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
            g.drawString(caption, 30, HEIGHT - 25);
        } finally {
            g.dispose();
        }
        return Thumbnails.jpeg(image);
    }

    /** A bank's transfer voucher (电子回单) as a phone photographs it: the payee, amount and reference in Latin letters. */
    static byte[] transferVoucher(String payer, String amount, String reference) {
        BufferedImage image = new BufferedImage(VOUCHER_WIDTH, VOUCHER_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(248, 246, 240));
            g.fillRect(0, 0, VOUCHER_WIDTH, VOUCHER_HEIGHT);
            g.setColor(new Color(176, 32, 36));
            g.setStroke(new BasicStroke(4));
            g.drawRect(20, 20, VOUCHER_WIDTH - 40, VOUCHER_HEIGHT - 40);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            g.drawString("ELECTRONIC TRANSFER VOUCHER", 60, 80);
            g.setColor(new Color(40, 40, 40));
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 24));
            String[] lines = {"Payer:     " + payer, "Payee:     Chengdu High-tech Medical Association",
                "Amount:    CNY " + amount, "Reference: " + reference};
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], 60, 150 + i * 50);
            }
        } finally {
            g.dispose();
        }
        return Thumbnails.jpeg(image);
    }
}
