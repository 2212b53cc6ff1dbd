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
