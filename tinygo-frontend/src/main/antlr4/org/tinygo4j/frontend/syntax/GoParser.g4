/*
 * Parser for Go 1.22 source, written from the Go specification. It runs on the
 * token stream of GoTokenSource, which has already inserted semicolons and marked
 * the brace that opens the block of an if/for/switch header as HLBRACE; that is how
 * the composite-literal/block ambiguity is resolved without predicates. Types are
 * also accepted as expressions (as go/ast does), so that conversions, generic
 * instantiations and builtin calls like make([]int, n) need no separate rules.
 * Many rules are deliberately looser than the spec (e.g. any expression list on the
 * left of :=); AstBuilder checks the rest and reports errors in gc's words.
 */
parser grammar GoParser;

options { tokenVocab = GoLexer; }

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause : PACKAGE IDENT;

importDecl : IMPORT (importSpec | LPAREN (importSpec (SEMI importSpec)* SEMI?)? RPAREN);
importSpec : (IDENT | PERIOD)? STRING;

topLevelDecl : declaration | funcDecl;

declaration : constDecl | typeDecl | varDecl;

constDecl : CONST (constSpec | LPAREN (constSpec (SEMI constSpec)* SEMI?)? RPAREN);
constSpec : identifierList (type_? ASSIGN expressionList | type_)?;

varDecl : VAR (varSpec | LPAREN (varSpec (SEMI varSpec)* SEMI?)? RPAREN);
varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList);

typeDecl : TYPE (typeSpec | LPAREN (typeSpec (SEMI typeSpec)* SEMI?)? RPAREN);
typeSpec : IDENT typeParameters? ASSIGN? type_;

funcDecl : FUNC receiver=parameters? IDENT typeParameters? signature block?;

identifierList : IDENT (COMMA IDENT)*;
expressionList : expression (COMMA expression)*;

// ---- types ----

type_
    : typeName typeArgs?
    | LPAREN type_ RPAREN
    | LBRACK (ELLIPSIS | expression)? RBRACK type_
    | MUL type_
    | FUNC signature
    | MAP LBRACK type_ RBRACK type_
    | chanType
    | structType
    | interfaceType
    ;

typeName : IDENT (PERIOD IDENT)?;
typeArgs : LBRACK type_ (COMMA type_)* COMMA? RBRACK;

// CHAN ARROW first: ANTLR resolves the ambiguity of "chan <- chan T" to the first alternative, and Go binds <- to the leftmost chan
chanType : (CHAN ARROW | CHAN | ARROW CHAN) type_;

structType : STRUCT LBRACE (fieldDecl (SEMI fieldDecl)* SEMI?)? RBRACE;
fieldDecl  : (identifierList type_ | MUL? typeName typeArgs?) STRING?;

interfaceType : INTERFACE LBRACE (interfaceElem (SEMI interfaceElem)* SEMI?)? RBRACE;
interfaceElem : IDENT signature | typeUnion;
typeUnion     : typeTerm (OR typeTerm)*;
typeTerm      : TILDE? type_;

typeParameters : LBRACK typeParamDecl (COMMA typeParamDecl)* COMMA? RBRACK;
typeParamDecl  : identifierList typeUnion;

signature  : parameters result?;
result     : parameters | type_;
parameters : LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN;
// name lists are regrouped by AstBuilder: in (a, b int) "a" is first parsed as a type
parameterDecl : IDENT? ELLIPSIS? type_;

// ---- blocks and statements ----

block  : LBRACE statementList RBRACE;
hblock : HLBRACE statementList RBRACE;

statementList : statement? (SEMI statement?)*;

statement
    : declaration
    | IDENT COLON statement?
    | simpleStmt
    | GO expression
    | DEFER expression
    | RETURN expressionList?
    | BREAK IDENT?
    | CONTINUE IDENT?
    | GOTO IDENT
    | FALLTHROUGH
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    ;

// one rule for expression statements, sends, inc/dec, assignments, := and range
// clauses; AstBuilder rejects forms used where they are not allowed
simpleStmt
    : expressionList ( assignOp (RANGE expression | expressionList)
                     | INC
                     | DEC
                     | ARROW expression )?
    | RANGE expression
    ;

assignOp
    : ASSIGN | DEFINE | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | QUO_ASSIGN | REM_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
    ;

// header: init? ';' cond, kept as two optional simple statements like gc does
ifStmt : IF headerStmt? (SEMI headerStmt?)? hblock (ELSE (ifStmt | block))?;

switchStmt : SWITCH headerStmt? (SEMI headerStmt?)? HLBRACE caseClause* RBRACE;
caseClause : (CASE expressionList | DEFAULT) COLON statementList;

selectStmt : SELECT LBRACE commClause* RBRACE;
commClause : (CASE simpleStmt | DEFAULT) COLON statementList;

forStmt : FOR (headerStmt? (SEMI headerStmt? SEMI headerStmt?)?) hblock;

// a var declaration is parsed in headers only to report gc's error for it
headerStmt : simpleStmt | VAR varSpec;

// ---- expressions ----

expression
    : primaryExpr
    | op=(ADD | SUB | NOT | XOR | MUL | AND | ARROW | TILDE) expression
    | expression op=(MUL | QUO | REM | SHL | SHR | AND | AND_NOT) expression
    | expression op=(ADD | SUB | OR | XOR) expression
    | expression op=(EQL | NEQ | LSS | LEQ | GTR | GEQ) expression
    | expression op=LAND expression
    | expression op=LOR expression
    ;

primaryExpr
    : operand
    | primaryExpr PERIOD IDENT
    | primaryExpr PERIOD LPAREN (TYPE | type_) RPAREN
    | primaryExpr LBRACK expression? (COLON expression? (COLON expression?)? | (COMMA expression)* COMMA?) RBRACK
    | primaryExpr LPAREN (expressionList ELLIPSIS? COMMA?)? RPAREN
    | primaryExpr literalValue
    ;

operand
    : INT | FLOAT | IMAG | RUNE | STRING
    | IDENT
    | LPAREN expression RPAREN
    | FUNC signature block?
    | LBRACK (ELLIPSIS | expression)? RBRACK type_
    | MAP LBRACK type_ RBRACK type_
    | chanType
    | structType
    | interfaceType
    ;

literalValue : LBRACE (element (COMMA element)* COMMA?)? RBRACE;
element      : elementValue (COLON elementValue)?;
elementValue : expression | literalValue;
