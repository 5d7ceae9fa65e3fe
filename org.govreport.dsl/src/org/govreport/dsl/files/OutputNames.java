package org.govreport.dsl.files;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.govreport.dsl.model.Report;

/**
 * File names from organ and year. The organ is text a user typed: only letters, digits, 汉字 and a few
 * harmless marks survive, so that no name can leave the output folder (../../etc/x), hide itself
 * (.x) or trip a file system (COM1, a:b, over-long names).
 */
public final class OutputNames {
	private static final int MAX_CODE_POINTS = 80;
	private static final String FALLBACK = "report";

	/** Compiled once: every report checked without last year's beside it names the file it looked for. */
	private static final Pattern REPEATED_MARKS = Pattern.compile("_+");
	private static final Pattern EDGE_MARKS = Pattern.compile("^[_.]+|[_.]+$");

	private OutputNames() {
	}

	public static String baseName(Report report) {
		return baseName(report.organ(), report.year());
	}

	/** 江城镇-2020: the name, without extension, of every file made for a report (documents, imports, new reports). */
	public static String baseName(String organ, Integer year) {
		var safeOrgan = safe(organ);
		var name = year == null ? safeOrgan : safeOrgan + "-" + year;
		return name.isEmpty() ? FALLBACK : name;
	}

	/** The file of that name and extension in the folder; a name that would leave the folder is refused. */
	public static Path resolve(Path folder, String baseName, String extension) {
		var file = folder.resolve(baseName + "." + extension).normalize();
		if (!folder.normalize().equals(file.getParent() == null ? Path.of("") : file.getParent())) {
			throw new IllegalArgumentException("output name leaves its folder: " + baseName);
		}
		return file;
	}

	private static String safe(String organ) {
		if (organ == null) {
			return "";
		}
		var kept = new StringBuilder();
		organ.strip().codePoints().limit(MAX_CODE_POINTS).forEach(c -> kept.appendCodePoint(allowed(c) ? c : '_'));
		return EDGE_MARKS.matcher(REPEATED_MARKS.matcher(kept).replaceAll("_")).replaceAll("");
	}

	private static boolean allowed(int c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '（' || c == '）' || c == '·';
	}
}
