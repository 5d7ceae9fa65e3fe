package org.govreport.cli.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.govreport.headless.AtomicFiles;
import org.govreport.headless.DocumentFormats;
import org.govreport.headless.FiguresTable;
import org.govreport.headless.GccStyle;
import org.govreport.headless.ReportBuilder;
import org.govreport.headless.ReportBuilder.BuiltReport;
import org.govreport.headless.ReportFiles;
import org.govreport.headless.ReportSummer;
import org.govreport.headless.ReportText;
import org.govreport.headless.ReportValidator;
import org.govreport.headless.TypedReports;

/**
 * The commands that write files, run only when the user asks: a report's documents, the sum of reports,
 * the table of their figures. Each answers {@code {"written": [paths], "message": …}}; what cannot be done
 * is a RequestFailed error saying why, and nothing is written then.
 */
final class ServerCommands {
	static final String BUILD = "govreport.build";
	static final String CHECK_ALL = "govreport.checkAll";
	static final String SUM = "govreport.sum";
	static final String TABLE = "govreport.table";
	static final List<String> ALL = List.of(BUILD, CHECK_ALL, SUM, TABLE);

	private final ServerSettings settings;
	private final Function<Path, Optional<String>> openText;
	private final Function<Path, Path> workspaceFolderOf;
	private final ReportValidator validator;

	/**
	 * @param openText the text of a report open in the editor, empty when it is not open
	 * @param workspaceFolderOf the workspace folder holding a file (its own folder without a workspace)
	 * @param validator checks with the server's own language (the command-line code would make another)
	 */
	ServerCommands(ServerSettings settings, Function<Path, Optional<String>> openText, Function<Path, Path> workspaceFolderOf,
			ReportValidator validator) {
		this.settings = settings;
		this.openText = openText;
		this.workspaceFolderOf = workspaceFolderOf;
		this.validator = validator;
	}

	private static final String BUILD_TITLE = "生成文档";

	/** {@code govreport.build} on the report's first line (its title), as editors show a code lens. */
	static CodeLens buildLens(String uri) {
		return new CodeLens(new Range(new Position(0, 0), new Position(0, 0)), new Command(BUILD_TITLE, BUILD, List.of(uri)), null);
	}

	/** {@code govreport.build} as a code action, for editors that show no code lenses. */
	static CodeAction buildAction(String uri) {
		CodeAction build = new CodeAction(BUILD_TITLE);
		build.setKind(CodeActionKind.Source);
		build.setCommand(new Command(BUILD_TITLE, BUILD, List.of(uri)));
		return build;
	}

	/** {@code govreport.build URI}: the report's documents, into the workspace's documents folder. */
	Map<String, Object> build(CommandArguments arguments) {
		Path file = arguments.path(0, "the report's URI");
		var formats = formats(arguments);
		try {
			Optional<String> open = openText.apply(file);
			if (open.isPresent() && (!Files.isRegularFile(file) || !open.get().equals(ReportText.read(file)))) {
				throw failed(file.getFileName() + " has unsaved changes: save it, then build (documents are made from the file)");
			}
			Path folder = workspaceFolderOf.apply(file).resolve(settings.documentsFolder());
			BuiltReport built = new ReportBuilder(1, validator).build(file, formats, folder, false);
			if (built.refused()) {
				long errors = built.checked().findings().stream().filter(org.govreport.headless.Finding::isError).count();
				throw failed(file.getFileName() + " has " + errors + (errors == 1 ? " error" : " errors") + ": not built (fix them first; the Problems list shows them)");
			}
			return result(built.written(), "已生成 " + file.getFileName() + " 的文档：" + names(built.written()));
		} catch (IOException e) {
			throw failed(e.getMessage());
		}
	}

	/** {@code govreport.sum INPUTS OUTPUT [ORGAN]}: one report whose tables are the inputs' sums. */
	Map<String, Object> sum(CommandArguments arguments) {
		List<Path> named = arguments.paths(0, "the reports (a list of URIs, or a folder)");
		Path output = arguments.path(1, "the output file");
		String organ = Optional.ofNullable(arguments.optionalString(2)).orElseGet(() -> organOf(output));
		try {
			if (Files.exists(output)) {
				throw failed(output + " exists: choose another name, or delete it first");
			}
			List<Path> inputs = ReportFiles.find(named).stream()
					.filter(file -> !file.toAbsolutePath().normalize().equals(output)).toList();
			var summed = new ReportSummer(new TypedReports(validator)).sum(inputs, organ, null, false);
			AtomicFiles.write(output, summed.text());
			return result(List.of(output), "已汇总 " + summed.inputs().size() + " 份报告：" + output.getFileName()
					+ summed.leftOut().stream().map(reason -> "；未汇总 " + reason).collect(Collectors.joining()));
		} catch (ReportSummer.Refused e) {
			throw failed(Stream.concat(e.errors().stream().map(GccStyle::format), Stream.of(e.getMessage()))
					.collect(Collectors.joining("\n")));
		} catch (IOException e) {
			throw failed(e.getMessage());
		}
	}

	/** {@code govreport.table INPUTS OUTPUT}: the inputs' figures, one row each, as .xlsx or .csv. */
	Map<String, Object> table(CommandArguments arguments) {
		List<Path> named = arguments.paths(0, "the reports (a list of URIs, or a folder)");
		Path output = arguments.path(1, "the output file (.xlsx or .csv)");
		try {
			FiguresTable.Format.of(output);
		} catch (IllegalArgumentException e) {
			throw arguments.invalid(e.getMessage());
		}
		try {
			var written = new FiguresTable(new TypedReports(validator)).write(ReportFiles.find(named), output);
			return result(List.of(output), "已导出 " + written.reports().size() + " 份报告的汇总表：" + output.getFileName()
					+ written.leftOutOfTotals().stream().map(reason -> "；未计入合计 " + reason).collect(Collectors.joining()));
		} catch (IOException e) {
			throw failed(e.getMessage());
		}
	}

	private List<org.govreport.dsl.generator.DocumentFormat> formats(CommandArguments arguments) {
		try {
			return DocumentFormats.parse(settings.formats());
		} catch (IllegalArgumentException e) {
			throw arguments.invalid("govreport.documentFormats: " + e.getMessage());
		}
	}

	/** 某某县人民政府办公室-2020.govreport names the organ 某某县人民政府办公室. */
	private static String organOf(Path output) {
		String name = output.getFileName().toString();
		String base = name.endsWith(ReportFiles.EXTENSION) ? name.substring(0, name.length() - ReportFiles.EXTENSION.length()) : name;
		return base.replaceFirst("-\\d{4}$", "");
	}

	private static Map<String, Object> result(List<Path> written, String message) {
		return Map.of("written", written.stream().map(Path::toString).toList(), "message", message);
	}

	private static String names(List<Path> written) {
		return String.join(" ", written.stream().map(path -> path.getFileName().toString()).toList());
	}

	static ResponseErrorException failed(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, message, null));
	}
}
