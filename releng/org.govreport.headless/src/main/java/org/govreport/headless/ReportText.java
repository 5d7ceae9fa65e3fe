package org.govreport.headless;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a report file. Reports are UTF-8; a file saved in another encoding (GBK, from an older
 * Windows editor) is refused at its first undecodable byte instead of being read as a page of false
 * errors. A byte-order mark, which Windows Notepad writes, is dropped: it is not part of the text.
 * A file far larger than any report (a log or a database dump given by mistake) is refused before it
 * is read, since the parser's tree would need gigabytes and minutes for it.
 */
public final class ReportText {
	private static final char BYTE_ORDER_MARK = '\uFEFF';
	/**
	 * A 2,000-line report is about 0.2 MB. At this size a file of nothing but table cells still checks
	 * in seconds and a few hundred megabytes of heap; ten times that did not.
	 */
	static final long MAX_BYTES = 2L << 20;

	private ReportText() {
	}

	/**
	 * @throws IOException naming file, line and column of the first byte that is not UTF-8, or saying why
	 *         the file cannot be read (permission denied, a FIFO, a folder…)
	 */
	public static String read(Path file) throws IOException {
		byte[] bytes = bytes(file);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		var result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw notUtf8(file, out.flip().toString());
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
	}

	private static byte[] bytes(Path file) throws IOException {
		ReadableFiles.requireRegularFile(file);
		long size;
		try {
			size = Files.size(file);
			if (size <= MAX_BYTES) {
				return Files.readAllBytes(file);
			}
		} catch (IOException e) {
			throw new IOException(file + ": cannot read: " + ReadableFiles.reason(e), e);
		}
		throw new IOException(file + ": " + size + " bytes is too large for a report (at most " + MAX_BYTES
				+ "); is it a report file?");
	}

	private static IOException notUtf8(Path file, String decodedBefore) {
		int line = 1 + (int) decodedBefore.chars().filter(c -> c == '\n').count();
		int column = decodedBefore.length() - decodedBefore.lastIndexOf('\n');
		return new IOException(file + ":" + line + ":" + column + ": not UTF-8 text (saved as GBK?); save the file as UTF-8");
	}
}
