package org.tinygo4j.frontend.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.tinygo4j.frontend.ast.Doc;

/**
 * Doc comments and directives from the comments GoTokenSource recorded. A
 * declaration's doc is the group of comments that ends on the line just above it:
 * comments each on their own line, with no blank line between them (go/ast's rule).
 * Lines starting {@code //go:} or {@code //export} are directives (kept without the
 * {@code //}); the others are text. {@code //go:build} before the package clause is
 * the file's build constraint.
 */
final class DocComments {
    private final GoTokenSource comments;
    private final SourceText src;

    DocComments(GoTokenSource comments, SourceText src) {
        this.comments = comments;
        this.src = src;
    }

    /** The doc of the declaration starting at token t (Doc.EMPTY when none). */
    Doc docAbove(Token t) {
        int n = comments.commentCount();
        if (n == 0 || t == null) {
            return Doc.EMPTY;
        }
        int start = t.getStartIndex();
        // last comment that ends before the token
        int lo = 0;
        int hi = n - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (comments.commentStop(mid) < start) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (last < 0 || comments.commentEndLine(last) != t.getLine() - 1 || !comments.commentOwnLine(last)) {
            return Doc.EMPTY;
        }
        int first = last;
        while (first > 0 && comments.commentOwnLine(first - 1)
                && comments.commentEndLine(first - 1) >= comments.commentStartLine(first) - 1) {
            first--;
        }
        List<String> text = new ArrayList<>();
        List<String> directives = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            String c = src.slice(comments.commentStart(i), comments.commentStop(i) + 1);
            if (c.startsWith("//")) {
                String body = c.substring(2);
                if (isDirective(body)) {
                    directives.add(body.stripTrailing());
                } else {
                    text.add(body.startsWith(" ") ? body.substring(1) : body);
                }
            } else {
                for (String line : c.substring(2, c.length() - 2).split("\n", -1)) {
                    text.add(line);
                }
            }
        }
        return new Doc(List.copyOf(text), List.copyOf(directives));
    }

    private static boolean isDirective(String body) {
        return body.startsWith("go:") || body.equals("export") || body.startsWith("export ");
    }

    /** The expression of the first //go:build line before offset limit, or null. */
    String buildConstraint(int limit) {
        for (int i = 0; i < comments.commentCount() && comments.commentStart(i) < limit; i++) {
            String c = src.slice(comments.commentStart(i), comments.commentStop(i) + 1);
            if (c.startsWith("//go:build ") || c.startsWith("//go:build\t")) {
                return c.substring("//go:build ".length()).strip();
            }
        }
        return null;
    }
}
