/*
 * Lexer for Go source, written from the Go specification ("Lexical elements").
 * The input is the file's bytes decoded as ISO-8859-1, so that every char index is
 * a byte offset; bytes >= 0x80 (UTF-8 sequences) are accepted as identifier letters
 * and inside literals. Comments are emitted as tokens so that GoTokenSource can collect them (the
 * parser never sees them); newlines are skipped: GoTokenSource inserts semicolons
 * by comparing the lines of consecutive tokens.
 */
lexer grammar GoLexer;

tokens { HLBRACE }

// keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENT : LETTER (LETTER | [0-9])*;

// operators and punctuation; longer forms first only matters for readability
// (ANTLR takes the longest match)
ADD_ASSIGN     : '+=';
SUB_ASSIGN     : '-=';
MUL_ASSIGN     : '*=';
QUO_ASSIGN     : '/=';
REM_ASSIGN     : '%=';
AND_ASSIGN     : '&=';
OR_ASSIGN      : '|=';
XOR_ASSIGN     : '^=';
SHL_ASSIGN     : '<<=';
SHR_ASSIGN     : '>>=';
AND_NOT_ASSIGN : '&^=';
LAND     : '&&';
LOR      : '||';
ARROW    : '<-';
INC      : '++';
DEC      : '--';
EQL      : '==';
NEQ      : '!=';
LEQ      : '<=';
GEQ      : '>=';
DEFINE   : ':=';
ELLIPSIS : '...';
SHL      : '<<';
SHR      : '>>';
AND_NOT  : '&^';
ADD      : '+';
SUB      : '-';
MUL      : '*';
QUO      : '/';
REM      : '%';
AND      : '&';
OR       : '|';
XOR      : '^';
LSS      : '<';
GTR      : '>';
ASSIGN   : '=';
NOT      : '!';
TILDE    : '~';
LPAREN   : '(';
RPAREN   : ')';
LBRACK   : '[';
RBRACK   : ']';
LBRACE   : '{';
RBRACE   : '}';
COMMA    : ',';
SEMI     : ';';
PERIOD   : '.';
COLON    : ':';

// literals. Decimal and legacy octal share one rule: the AST builder rejects 8 and 9
// in a legacy octal literal with gc's message instead of a confusing token split.
IMAG  : (DECIMALS | INT_FORM | FLOAT_FORM) 'i';
FLOAT : FLOAT_FORM;
INT   : INT_FORM;

RUNE   : '\'' (~['\\\n\u0080-\u00FF] | UTF8 | ESCAPE)+ '\'';
STRING : '"' (~["\\\n] | ESCAPE)* '"'
       | '`' ~'`'* '`';

LINE_COMMENT  : '//' ~'\n'*;
BLOCK_COMMENT : '/*' .*? '*/';
WS            : [ \t\r\n]+ -> skip;

// anything else is one bad character; the parser reports it as unexpected
BAD : .;

fragment LETTER   : [a-zA-Z_] | [\u0080-\u00FF];
fragment UTF8     : [\u00C0-\u00FF] [\u0080-\u00BF]*;
fragment DECIMALS : [0-9] ('_'? [0-9])*;
fragment HEXS     : [0-9a-fA-F] ('_'? [0-9a-fA-F])*;
fragment INT_FORM : DECIMALS
                  | '0' [xX] '_'? HEXS
                  | '0' [bB] '_'? [01] ('_'? [01])*
                  | '0' [oO] '_'? [0-7] ('_'? [0-7])*;
fragment FLOAT_FORM
    : DECIMALS '.' DECIMALS? DEC_EXP?
    | DECIMALS DEC_EXP
    | '.' DECIMALS DEC_EXP?
    | '0' [xX] HEX_MANTISSA [pP] [+-]? DECIMALS;
fragment HEX_MANTISSA : '_'? HEXS '.' HEXS? | '_'? HEXS | '.' HEXS;
fragment DEC_EXP : [eE] [+-]? DECIMALS;
fragment ESCAPE
    : '\\' ( [abfnrtv\\'"]
           | [0-7] [0-7] [0-7]
           | 'x' [0-9a-fA-F] [0-9a-fA-F]
           | 'u' [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F]
           | 'U' [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F]);
