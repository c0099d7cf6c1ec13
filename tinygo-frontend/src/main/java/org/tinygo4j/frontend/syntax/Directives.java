package org.tinygo4j.frontend.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.tinygo4j.frontend.ast.Directive;
import org.tinygo4j.frontend.ast.Directive.Consumer;
import org.tinygo4j.frontend.syntax.GoParser.ConstDeclContext;
import org.tinygo4j.frontend.syntax.GoParser.FuncDeclContext;
import org.tinygo4j.frontend.syntax.GoParser.ImportDeclContext;
import org.tinygo4j.frontend.syntax.GoParser.TypeDeclContext;
import org.tinygo4j.frontend.syntax.GoParser.TypeSpecContext;
import org.tinygo4j.frontend.syntax.GoParser.VarDeclContext;
import org.tinygo4j.frontend.syntax.GoParser.VarSpecContext;

/**
 * Where each {@code //go:} comment of a file applies, following gc's parser: pending
 * directives are taken by a declaration when the parser reaches it (the package
 * clause, a func, an import/const/var/type keyword, or each spec of a parenthesised
 * group) and dropped as unused at the '(' of a group, after each top-level
 * declaration and at the end of the file. So a directive goes to the first "take"
 * or "drop" point after it, in source order.
 */
final class Directives {
    /** A take (consumer != NONE) or drop point at offset. */
    private record Point(int offset, Consumer consumer, boolean local, VarSpecContext var) {}

    private final GoTokenSource comments;
    private final SourceText src;
    private final List<Point> points = new ArrayList<>();

    Directives(GoTokenSource comments, SourceText src) {
        this.comments = comments;
        this.src = src;
    }

    List<Directive> of(GoParser.SourceFileContext file) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < comments.commentCount(); i++) {
            int from = comments.commentStart(i);
            if (comments.commentStop(i) - from >= 4 && src.slice(from, from + 5).equals("//go:")) {
                idx.add(i);
            }
        }
        if (idx.isEmpty()) {
            return List.of();
        }
        if (file.packageClause() != null) {
            take(file.packageClause().getStart(), Consumer.PACKAGE, false, null);
        }
        walk(file, false);
        points.sort((a, b) -> Integer.compare(a.offset, b.offset));
        List<Directive> out = new ArrayList<>();
        int p = 0;
        for (int i : idx) {
            int start = comments.commentStart(i);
            while (p < points.size() && points.get(p).offset <= start) {
                p++;
            }
            Point at = p < points.size() ? points.get(p) : new Point(Integer.MAX_VALUE, Consumer.NONE, false, null);
            String text = src.slice(start + 2, comments.commentStop(i) + 1).stripTrailing();
            VarSpecContext v = at.var;
            out.add(new Directive(src.base + start, text, comments.commentOwnLine(i), at.consumer, at.local,
                    v == null || v.identifierList() == null ? 0 : v.identifierList().IDENT().size(),
                    v != null && v.expressionList() != null, v != null && v.type_() != null));
        }
        return List.copyOf(out);
    }

    private void walk(ParseTree t, boolean inFunc) {
        if (!(t instanceof ParserRuleContext c)) {
            return;
        }
        boolean top = !inFunc && (c instanceof ImportDeclContext || c instanceof ConstDeclContext
                || c instanceof VarDeclContext || c instanceof TypeDeclContext || c instanceof FuncDeclContext);
        switch (c) {
            case FuncDeclContext f -> take(f.getStart(), Consumer.FUNC, false, null);
            case ImportDeclContext d -> group(d, d.LPAREN(), Consumer.IMPORT, inFunc);
            case ConstDeclContext d -> group(d, d.LPAREN(), Consumer.CONST, inFunc);
            case VarDeclContext d -> group(d, d.LPAREN(), Consumer.VAR, inFunc);
            case TypeDeclContext d -> group(d, d.LPAREN(), Consumer.TYPE, inFunc);
            default -> {
            }
        }
        boolean nowInFunc = inFunc || c instanceof FuncDeclContext;
        for (int i = 0; i < c.getChildCount(); i++) {
            walk(c.getChild(i), nowInFunc);
        }
        if (top && c.getStop() != null) {
            // dropped once the declaration is parsed, before the token after it
            points.add(new Point(c.getStop().getStopIndex() + 1, Consumer.NONE, false, null));
        }
    }

    private void group(ParserRuleContext d, TerminalNode lparen, Consumer kind, boolean local) {
        if (lparen == null) {
            ParserRuleContext spec = (ParserRuleContext) (d.getChildCount() > 1 ? d.getChild(1) : null);
            take(d.getStart(), consumer(kind, spec), local, spec instanceof VarSpecContext v ? v : null);
            return;
        }
        points.add(new Point(lparen.getSymbol().getStartIndex(), Consumer.NONE, local, null));
        for (int i = 0; i < d.getChildCount(); i++) {
            if (d.getChild(i) instanceof ParserRuleContext spec && spec.getStart() != null) {
                take(spec.getStart(), consumer(kind, spec), local, spec instanceof VarSpecContext v ? v : null);
            }
        }
    }

    private static Consumer consumer(Consumer kind, ParserRuleContext spec) {
        return kind == Consumer.TYPE && spec instanceof TypeSpecContext ts && ts.ASSIGN() != null ? Consumer.ALIAS : kind;
    }

    private void take(Token at, Consumer kind, boolean local, VarSpecContext var) {
        if (at != null && at.getStartIndex() >= 0) {
            points.add(new Point(at.getStartIndex(), kind, local, var));
        }
    }
}
