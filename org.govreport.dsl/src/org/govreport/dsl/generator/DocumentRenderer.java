package org.govreport.dsl.generator;

import java.io.IOException;
import java.io.OutputStream;

import org.govreport.dsl.model.Report;

/** Writes a report in one format. Renderers read the typed model and the template description only. */
public interface DocumentRenderer {

	/** Writes the whole document to the stream; does not close it. */
	void render(Report report, OutputStream out) throws IOException;
}
