package org.association.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server that refuses every recipient with "550 5.1.1", as a provider answers for an address that does not
 * exist (GreenMail accepts every address). It speaks just enough of RFC 5321 for Jakarta Mail's client: greeting,
 * EHLO with AUTH PLAIN, MAIL, RCPT (refused), RSET, NOOP, QUIT.
 */
public final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;

    public RefusingSmtpServer(int port) {
        try {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "refusing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // the client went away, or the server was closed
            }
        }
    }

    private static void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        send(out, "220 refusing.test ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (command) {
                case "EHLO" -> send(out, "250-refusing.test\r\n250 AUTH PLAIN");
                case "HELO", "MAIL", "RSET", "NOOP" -> send(out, "250 OK");
                case "AUTH" -> {
                    if (line.trim().split(" ").length < 3) {
                        send(out, "334 ");
                        in.readLine();
                    }
                    send(out, "235 2.7.0 Authentication successful");
                }
                case "RCPT" -> send(out, "550 5.1.1 " + line.substring(line.indexOf('<')) + ": user unknown");
                case "QUIT" -> {
                    send(out, "221 Bye");
                    return;
                }
                default -> send(out, "502 5.5.2 Command not recognized");
            }
        }
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            acceptor.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
