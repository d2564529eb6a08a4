package dev.chatlab.grader.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a zip's central directory for what {@link java.util.zip.ZipEntry} does not show: the Unix mode of each
 * entry (the upper half of its external attributes), which says whether the entry is a symbolic link.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipDirectory() {
    }

    /**
     * The Unix mode of every entry of {@code zip} by name (0 for an entry made elsewhere than on Unix).
     *
     * @throws IOException if {@code zip} has no readable central directory (not a zip, or a ZIP64 one)
     */
    static Map<String, Integer> unixModes(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            ByteBuffer tail = read(channel, size - tailLength, tailLength);
            int end = -1;
            for (int at = tailLength - END_SIZE; at >= 0 && end < 0; at--) {
                if (tail.getInt(at) == END_SIGNATURE) {
                    end = at;
                }
            }
            if (end < 0) {
                throw new IOException(zip.getFileName() + " is not a zip file (no central directory)");
            }
            int entries = Short.toUnsignedInt(tail.getShort(end + 10));
            long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
            long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
            if (directoryOffset == 0xFFFFFFFFL || directoryOffset + directorySize > size) {
                throw new IOException(zip.getFileName() + " is a ZIP64 or damaged zip; zip the submission again");
            }
            ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
            Map<String, Integer> modes = new HashMap<>();
            int at = 0;
            for (int i = 0; i < entries; i++) {
                if (at + 46 > directory.limit() || directory.getInt(at) != ENTRY_SIGNATURE) {
                    throw new IOException(zip.getFileName() + " has a damaged central directory");
                }
                int madeOn = Short.toUnsignedInt(directory.getShort(at + 4)) >> 8; // 3 = Unix
                int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
                int external = directory.getInt(at + 38);
                byte[] name = new byte[nameLength];
                directory.get(at + 46, name);
                modes.put(new String(name, StandardCharsets.UTF_8), madeOn == 3 ? external >>> 16 : 0);
                at += 46 + nameLength + extraLength + commentLength;
            }
            return modes;
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("The zip ends early");
            }
        }
        return buffer.flip();
    }
}
