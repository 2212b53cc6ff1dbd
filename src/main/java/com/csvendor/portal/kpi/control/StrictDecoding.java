package com.csvendor.portal.kpi.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/** Decodes a whole file in fixed buffers to find whether, and on which line, a charset fails. */
final class StrictDecoding {

    private static final int BUFFER = 64 * 1024;

    /** Where decoding failed: the 1-based line, and how many non-ASCII characters decoded before it. */
    record Failure(long line, long multiByteChars) {
    }

    private StrictDecoding() {
    }

    /** A decoder that reports bad input instead of replacing it with U+FFFD. */
    static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static Failure firstFailure(Path file, Charset charset, int skipBytes) throws IOException {
        CharsetDecoder decoder = decoder(charset);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        Counter counter = new Counter();
        try (InputStream stream = Files.newInputStream(file)) {
            stream.skipNBytes(skipBytes);
            boolean end = false;
            while (!end) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                end = read < 0;
                in.position(in.position() + Math.max(read, 0));
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, out, end);
                    counter.count(out);
                } while (result.isOverflow());
                if (result.isError()) {
                    return new Failure(counter.line(), counter.multiByte);
                }
                in.compact();
            }
            CoderResult flushed;
            do {
                flushed = decoder.flush(out);
                counter.count(out);
            } while (flushed.isOverflow());
        }
        return null;
    }

    /**
     * Whether the bytes after {@code skipBytes} are well-formed UTF-8 exactly as Java's strict
     * decoder accepts them (Unicode table 3-7: no overlong forms, no surrogates, nothing above
     * U+10FFFF, no cut-off sequence), checked on the bytes without decoding them — the fast answer
     * for the common case; where a file fails, {@link #firstFailure} finds the line.
     */
    static boolean isUtf8(InputStream stream) throws IOException {
        byte[] buffer = new byte[BUFFER];
        int need = 0;
        int low = 0x80;
        int high = 0xBF;
        int n;
        while ((n = stream.read(buffer)) >= 0) {
            for (int i = 0; i < n; i++) {
                int b = buffer[i];
                if (need == 0) {
                    if (b >= 0) {
                        continue;
                    }
                    b &= 0xFF;
                    low = 0x80;
                    high = 0xBF;
                    if (b >= 0xC2 && b <= 0xDF) {
                        need = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        need = 2;
                        low = b == 0xE0 ? 0xA0 : 0x80;
                        high = b == 0xED ? 0x9F : 0xBF;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        need = 3;
                        low = b == 0xF0 ? 0x90 : 0x80;
                        high = b == 0xF4 ? 0x8F : 0xBF;
                    } else {
                        return false;
                    }
                } else {
                    b &= 0xFF;
                    if (b < low || b > high) {
                        return false;
                    }
                    need--;
                    low = 0x80;
                    high = 0xBF;
                }
            }
        }
        return need == 0;
    }

    static boolean isUtf8(Path file, int skipBytes) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            stream.skipNBytes(skipBytes);
            return isUtf8(stream);
        }
    }

    /** Counts line breaks (LF, CRLF or a lone CR) and non-ASCII characters of decoded text. */
    private static final class Counter {
        private long breaks;
        private long multiByte;
        private char previous;

        void count(CharBuffer decoded) {
            decoded.flip();
            while (decoded.hasRemaining()) {
                char c = decoded.get();
                if (c == '\n' && previous != '\r' || c == '\r') {
                    breaks++;
                } else if (c > 0x7F) {
                    multiByte++;
                }
                previous = c;
            }
            decoded.clear();
        }

        long line() {
            return breaks + 1;
        }
    }
}
