package org.govreport.headless;

import java.nio.file.Path;
import java.util.Collection;

/**
 * Whether this JVM can name files with Chinese characters. The JVM turns file names into bytes with the
 * encoding of the locale it started in ({@code sun.jnu.encoding}); under {@code LC_ALL=C} or without
 * {@code LANG} (Docker, cron, CI) that is ASCII, and 江城镇-2020.govreport can be neither opened nor
 * listed faithfully. JDK 17 ignores {@code -Dsun.jnu.encoding}: only the locale the JVM starts in helps.
 */
public final class NativeNames {
	/** ASCII only: under such a locale, anything else would itself be printed as question marks. */
	public static final String ADVICE = "the locale is not UTF-8 (LC_ALL/LANG unset or C), so file names with Chinese"
			+ " characters cannot be read; set LC_ALL=C.UTF-8 (or any UTF-8 locale) and run again";

	private NativeNames() {
	}

	public static boolean utf8() {
		return "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));
	}

	/** A name the JVM could not decode comes with U+FFFD in place of its bytes. */
	public static boolean representable(Collection<Path> paths) {
		return utf8() || paths.stream().noneMatch(path -> path.toString().indexOf('\uFFFD') >= 0);
	}
}
