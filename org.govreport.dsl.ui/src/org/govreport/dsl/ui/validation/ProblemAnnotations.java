package org.govreport.dsl.ui.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.govreport.dsl.ide.editing.EditorProblem;

/**
 * Shows problems of a file outside the workspace (File → Open File…), which can carry no markers, as
 * annotations of its editor.
 */
final class ProblemAnnotations {

	private static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	private static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	private static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private Annotation[] shown = new Annotation[0];

	synchronized void replace(IAnnotationModel model, List<EditorProblem> problems) {
		Map<Annotation, Position> added = new HashMap<>();
		for (EditorProblem problem : problems) {
			added.put(new Annotation(type(problem), false, problem.message()),
					new Position(problem.offset(), problem.length()));
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown, added);
		} else {
			for (Annotation annotation : shown) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
		shown = added.keySet().toArray(new Annotation[0]);
	}

	private static String type(EditorProblem problem) {
		return switch (problem.severity()) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		case INFO -> INFO;
		};
	}
}
