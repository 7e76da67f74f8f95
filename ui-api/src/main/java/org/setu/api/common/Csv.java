package org.setu.api.common;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way Setu writes CSV (indicators, recruitment indicators, the audit export): a header line, one line per
 * row, text quoted with a leading formula character neutralised for spreadsheets, figures with three decimals.
 */
public final class Csv {

    private Csv() {
    }

    /** The header and a line per row, each line ended by a newline. */
    public static <R> String table(String header, List<R> rows, Function<R, String> line) {
        return header + "\n" + rows.stream().map(line).map(l -> l + "\n").collect(Collectors.joining());
    }

    /** Free text: quoted, and {@code = + - @} at its start made inert ({@code '} before it), as OWASP advises. */
    public static String text(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** A figure with three decimals; empty for none. */
    public static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }
}
