package org.tinygo4j.frontend.syntax;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ParserATNSimulator;

/**
 * The parser's prediction with one decision made as Go's parser makes it: in an
 * operand, {@code func(...) ... {} is a function literal whose body starts at the
 * brace. The grammar also allows the func type followed by a composite literal's
 * braces (no valid program has one), so ANTLR's prediction read each literal's whole
 * body before choosing, once per level of nesting: 10,000 nested function literals
 * never finished parsing. The only decision of rule operand that can see a brace is
 * the optional body; its first alternative is the body.
 *
 * <p>The second decision made as gc makes it: in a type, a type name followed by
 * {@code [} has type arguments (gc's parser instantiates without looking further).
 * ANTLR read to the end of the arguments first, once per level, so {@code G[G[...]]}
 * 10,000 deep took minutes. Rule type_ has no other predicted decision.
 */
final class FuncLitPrediction extends ParserATNSimulator {
    FuncLitPrediction(Parser parser, ParserATNSimulator from) {
        super(parser, parser.getATN(), from.decisionToDFA, from.getSharedContextCache());
        setPredictionMode(from.getPredictionMode());
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        int rule = atn.decisionToState.get(decision).ruleIndex;
        if (input.LA(1) == GoParser.LBRACE && rule == GoParser.RULE_operand
                || input.LA(1) == GoParser.LBRACK && rule == GoParser.RULE_type_) {
            return 1;
        }
        return super.adaptivePredict(input, decision, outerContext);
    }
}
