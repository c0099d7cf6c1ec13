package org.tinygo4j.frontend.syntax;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.tinygo4j.frontend.ast.Doc;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;

/**
 * The parser's entry point: Go source bytes in, AST File out. The bytes are decoded
 * as ISO-8859-1 so that ANTLR's char indexes are byte offsets (positions are
 * FileSet base + byte offset, columns count bytes as in gc). Parsing is two-stage:
 * the fast SLL prediction mode first, which is exact for valid input except in rare
 * cases; only when it fails is the file parsed again with full LL prediction and
 * error recovery, which also produces the diagnostics. Bad input never throws: the
 * result is always a File, with Bad nodes where the source made no sense.
 */
public final class SourceParser {
    private SourceParser() {
    }

    public static File parse(FileSet fs, String path, byte[] content, Diagnostics diags) {
        int base = fs.add(path, content);
        String latin1 = new String(content, StandardCharsets.ISO_8859_1);
        if (latin1.startsWith("\u00EF\u00BB\u00BF")) {
            latin1 = "   " + latin1.substring(3); // a leading byte order mark is ignored
        }
        SyntaxErrors errors = new SyntaxErrors(diags);
        SourceText src = new SourceText(content, latin1, base, diags, errors);
        latin1 = blankInnerBoms(latin1, src);
        latin1 = checkEncoding(content, latin1, src, errors);
        if (errors.stopped()) {
            // gc gives up at its tenth error: a file of binary garbage is not lexed at all
            return new File(base, path, new Expr.Ident(base, "_"), null, List.of(), List.of(), Doc.EMPTY);
        }
        try {
            GoLexer lexer = new GoLexer(CharStreams.fromString(latin1, path));
            lexer.removeErrorListeners();
            GoTokenSource tokens = new GoTokenSource(lexer, latin1, src);
            CommonTokenStream stream = new CommonTokenStream(tokens);
            GoParser parser = new GoParser(stream);
            parser.setInterpreter(new FuncLitPrediction(parser, parser.getInterpreter()));
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            GoParser.SourceFileContext tree;
            try {
                tree = parser.sourceFile();
            } catch (ParseCancellationException e) {
                parser.reset();
                parser.setErrorHandler(new GoErrorStrategy(src));
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                tree = parser.sourceFile();
            }
            File f = new DeclBuilder(src, new DocComments(tokens, src)).file(path, tree);
            return new File(f.pos(), f.path(), f.packageName(), f.buildConstraint(), f.imports(), f.decls(), f.doc(),
                    new Directives(tokens, src).of(tree));
        } catch (RuntimeException | StackOverflowError e) {
            // (GoErrorStrategy ends the parse with a ParseCancellationException once the
            // file has had gc's ten errors: the File is then empty, as nothing more is reported)
            if (!errors.any()) {
                diags.error(base, "internal compiler error: parsing failed: " + e);
            }
            return new File(base, path, new Expr.Ident(base, "_"), null, List.of(), List.of(), Doc.EMPTY);
        }
    }

    /**
     * gc's scanner reads the source as UTF-8 and rejects, wherever they are (code,
     * literals, comments), a NUL byte ("invalid NUL character") and a byte that does
     * not begin a valid encoding ("invalid UTF-8 encoding"). NULs are then read as
     * spaces, so the lexer does not add errors of its own.
     */
    private static String checkEncoding(byte[] content, String latin1, SourceText src, SyntaxErrors errors) {
        StringBuilder b = null;
        for (int i = 0; i < content.length && !errors.stopped(); ) {
            int c = content[i] & 0xFF;
            if (c == 0) {
                src.error(src.base + i, "invalid NUL character");
                if (b == null) {
                    b = new StringBuilder(latin1);
                }
                b.setCharAt(i, ' ');
                i++;
            } else if (c < 0x80) {
                i++;
            } else {
                int n = encodedLength(content, i);
                if (n == 0) {
                    src.error(src.base + i, "invalid UTF-8 encoding");
                    i++;
                } else {
                    i += n;
                }
            }
        }
        return b == null ? latin1 : b.toString();
    }

    /** The length of the valid UTF-8 encoding at i (as Go's utf8.DecodeRune accepts it), or 0. */
    private static int encodedLength(byte[] s, int i) {
        int c = s[i] & 0xFF;
        int n;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + n > s.length) {
            return 0;
        }
        int cp = c & (0xFF >> (n + 1));
        for (int k = 1; k < n; k++) {
            int d = s[i + k] & 0xFF;
            if ((d & 0xC0) != 0x80) {
                return 0;
            }
            cp = cp << 6 | d & 0x3F;
        }
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            return 0;
        }
        return n;
    }

    /** gc rejects a byte order mark anywhere but at the start, wherever it is (even in comments), then ignores it. */
    private static String blankInnerBoms(String latin1, SourceText src) {
        int i = latin1.indexOf("\u00EF\u00BB\u00BF", 1);
        if (i < 0) {
            return latin1;
        }
        StringBuilder b = new StringBuilder(latin1);
        for (; i >= 0; i = latin1.indexOf("\u00EF\u00BB\u00BF", i + 3)) {
            src.error(src.base + i, "invalid BOM in the middle of the file");
            b.replace(i, i + 3, "   ");
        }
        return b.toString();
    }
}
