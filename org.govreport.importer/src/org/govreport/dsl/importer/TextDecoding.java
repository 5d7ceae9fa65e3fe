package org.govreport.dsl.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text file into text the way a user saved it: UTF-8 (with or without a BOM) as the
 * language reads it, UTF-16 as Notepad's “Unicode” saves it, GB18030 (GBK) as Chinese Windows saves it,
 * each but UTF-8 noted. Big5 (traditional characters) and binary files are refused with a message that
 * says what the file is, rather than read as garbage.
 */
final class TextDecoding {
	private static final Charset GB18030 = Charset.forName("GB18030");
	private static final Charset BIG5 = Charset.forName("Big5");
	/** Words every report title or table holds, as each encoding's reading of the same bytes spells them. */
	private static final String SIMPLIFIED_MARK = "政府信息公开";
	private static final String[] TRADITIONAL_MARKS = { "公開", "報告", "資訊" };

	private TextDecoding() {
	}

	static String decode(byte[] content, ImportNotes notes) throws ImportException {
		if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			return strict(content, 3, StandardCharsets.UTF_8).orElseThrow(() -> new ImportException("文本开头标明 UTF-8 编码，但其中有不合 UTF-8 的字节：请重新另存为 UTF-8"));
		}
		if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
			notes.interpreted("1:1", "文本是 UTF-16 编码，按 UTF-16 读取");
			return new String(content, StandardCharsets.UTF_16);
		}
		var utf16 = utf16WithoutBom(content);
		if (utf16 != null) {
			notes.interpreted("1:1", "文本是 UTF-16 编码（" + utf16.name() + "，开头无标记），按 UTF-16 读取");
			return new String(content, utf16);
		}
		if (indexOf(content, 0) >= 0) {
			throw new ImportException("不是文本文件，也不是 Word、PDF 或网页文件");
		}
		var utf8 = strict(content, 0, StandardCharsets.UTF_8);
		if (utf8.isPresent()) {
			return utf8.get();
		}
		var gb = strict(content, 0, GB18030).orElse("");
		var big5 = strict(content, 0, BIG5).orElse("");
		if (!gb.contains(SIMPLIFIED_MARK) && containsAny(big5)) {
			throw new ImportException("文本是 Big5 编码（繁体），请另存为 UTF-8 后再导入");
		}
		notes.interpreted("1:1", "文件不是 UTF-8，按 GB18030（GBK）读取");
		return new String(content, GB18030);
	}

	/** Text in UTF-16 without a byte order mark: every line break and digit has a zero byte on the same side. */
	private static Charset utf16WithoutBom(byte[] content) {
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i + 1 < content.length; i += 2) {
			evenZeros += content[i] == 0 ? 1 : 0;
			oddZeros += content[i + 1] == 0 ? 1 : 0;
		}
		int pairs = content.length / 2;
		if (content.length % 2 != 0 || pairs == 0) {
			return null;
		}
		// the high byte of ASCII is zero; the low byte of a Chinese character is zero only now and then
		if (oddZeros > pairs / 20 && evenZeros < oddZeros / 4) {
			return StandardCharsets.UTF_16LE;
		}
		return evenZeros > pairs / 20 && oddZeros < evenZeros / 4 ? StandardCharsets.UTF_16BE : null;
	}

	private static boolean containsAny(String text) {
		for (String mark : TRADITIONAL_MARKS) {
			if (text.contains(mark)) {
				return true;
			}
		}
		return false;
	}

	private static Optional<String> strict(byte[] content, int offset, Charset charset) {
		try {
			return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString());
		} catch (CharacterCodingException e) {
			return Optional.empty();
		}
	}

	private static int indexOf(byte[] content, int value) {
		for (int i = 0; i < content.length; i++) {
			if (content[i] == value) {
				return i;
			}
		}
		return -1;
	}

	static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
