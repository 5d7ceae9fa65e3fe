package org.govreport.dsl.importer;

/** Something the importer interpreted or could not place, with the place in the source it concerns. */
public record ImportNote(String place, String message) {
	/** As printed on standard error: file:place: 导入：message. */
	public String render(String sourceName) {
		return sourceName + ":" + place + ": 导入：" + message;
	}
}
