package org.govreport.dsl.tests.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Answers a dialog from inside its own event loop, as a person would: a dialog blocks the code that opened
 * it (a command, or the test's own wait for the UI), so the answer has to be ready before it shows.
 */
final class Dialogs {
	private static final long TIMEOUT_MILLIS = 60_000;

	private Dialogs() {
	}

	/** When a dialog of this title shows: its texts (labels and fields, one a line), after the answer is given. */
	static CompletableFuture<String> whenShown(String title, Consumer<Shell> answer) {
		var texts = new CompletableFuture<String>();
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					texts.complete(String.join("\n", textsOf(shell, new ArrayList<>())));
					answer.accept(shell);
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(100, poll[0]);
			} else {
				texts.completeExceptionally(new AssertionError("no dialog titled " + title + " was shown"));
			}
		};
		display.timerExec(100, poll[0]);
		return texts;
	}

	static void type(Shell dialog, String text) {
		find(dialog, Text.class, field -> true).setText(text);
	}

	/** Presses the button with this label (mnemonics ignored). */
	static void press(Shell dialog, String label) {
		Button button = find(dialog, Button.class, candidate -> candidate.getText().replace("&", "").equals(label));
		button.notifyListeners(SWT.Selection, new Event());
	}

	static void close(Shell dialog) {
		dialog.close();
	}

	private static List<String> textsOf(Composite parent, List<String> texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				texts.add(label.getText());
			} else if (child instanceof Text text) {
				texts.add(text.getText());
			} else if (child instanceof Composite composite) {
				textsOf(composite, texts);
			}
		}
		return texts;
	}

	private static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> wanted) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && wanted.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
