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
 */
public final class ReportText {
	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private ReportText() {
	}

	/** @throws IOException naming file, line and column of the first byte that is not UTF-8 */
	public static String read(Path file) throws IOException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new IOException(file + ": cannot read: " + e.getMessage(), e);
		}
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

	private static IOException notUtf8(Path file, String decodedBefore) {
		int line = 1 + (int) decodedBefore.chars().filter(c -> c == '\n').count();
		int column = decodedBefore.length() - decodedBefore.lastIndexOf('\n');
		return new IOException(file + ":" + line + ":" + column + ": not UTF-8 text (saved as GBK?); save the file as UTF-8");
	}
}
