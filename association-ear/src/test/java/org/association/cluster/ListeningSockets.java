package org.association.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The TCP sockets listening on this machine, as the kernel lists them in /proc/net/tcp and tcp6 (what
 * {@code ss -ltn} shows), and connection attempts to this machine's own non-loopback addresses.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** Each listening port with the local addresses it listens on, as hex words of the kernel's table. */
    static Map<Integer, List<String>> read() throws IOException {
        Map<Integer, List<String>> listening = new TreeMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue; // a kernel without IPv6
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) { // after the heading
                String[] fields = line.trim().split("\\s+");
                if (LISTEN.equals(fields[3])) {
                    String[] local = fields[1].split(":");
                    listening.computeIfAbsent(Integer.parseInt(local[1], 16), port -> new ArrayList<>()).add(local[0]);
                }
            }
        }
        return listening;
    }

    /**
     * Whether a kernel-table address is loopback: 127.x.x.x (IPv4, bytes in host order, so the last hex
     * pair is 7F), ::1, or ::ffff:127.x.x.x.
     */
    static boolean isLoopback(String hex) {
        if (hex.length() == 8) {
            return hex.endsWith("7F");
        }
        return "00000000000000000000000001000000".equals(hex)
                || (hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F"));
    }

    /** This machine's own addresses that are not loopback (none in a container without a network). */
    static List<InetAddress> ownNonLoopbackAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                network.inetAddresses().filter(address -> !address.isLinkLocalAddress()).forEach(addresses::add);
            }
        }
        return addresses;
    }

    static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
