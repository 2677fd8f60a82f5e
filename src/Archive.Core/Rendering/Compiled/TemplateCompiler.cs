using System.Collections;
using System.Collections.Concurrent;
using Scriban;
using Scriban.Functions;
using Scriban.Syntax;

namespace Archive.Rendering.Compiled;

/// <summary>
/// Turns the site's parsed Scriban templates into delegates, once per build, for the part of the language the page
/// templates use: text, output, assignment, <c>if</c>/<c>else if</c>/<c>else</c>, <c>for</c> with <c>for.index</c>,
/// <c>for.first</c>, <c>for.last</c> and the like, member access, comparisons, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>,
/// and the calls <c>escape</c>, <c>string.slice</c> and <c>include '…'</c>. Scriban's interpreter walks the syntax tree
/// for every page and looks up every name, which was half the CPU of a large build; compiled, that walk happens once.
/// Truth, text and comparison stay Scriban's own (the same functions the interpreter calls).
/// </summary>
/// <remarks>
/// A template set using anything else is not compiled at all and every page goes through the interpreter, so the
/// two paths never mix within a page. A compiled page that meets something unexpected at run time throws
/// <see cref="RenderBailout"/> and is rendered again by the interpreter.
/// </remarks>
internal sealed class TemplateCompiler
{
    private static readonly object True = true;
    private static readonly object False = false;

    private static readonly HashSet<string> Intrinsics = new(StringComparer.Ordinal) { "escape", "include", "string", "for" };

    private readonly Func<string, string?> _nameOf;
    private readonly Dictionary<string, CompiledTemplate> _compiled;
    private readonly bool _autoIndent;
    private readonly List<string> _loops = [];
    private readonly ConcurrentDictionary<MemberSite.Key, MemberSite.Getter> _getters = new();

    private TemplateCompiler(IReadOnlyDictionary<string, Template> templates, Func<string, string?> nameOf, bool autoIndent)
    {
        _nameOf = nameOf;
        _autoIndent = autoIndent;
        _compiled = templates.Keys.ToDictionary(k => k, k => new CompiledTemplate(k), StringComparer.Ordinal);
    }

    /// <summary>
    /// The compiled templates by name, or null with the reason when one of them uses what the compiled path does not
    /// cover. <paramref name="nameOf"/> gives the name an <c>include</c> refers to (null outside templates/);
    /// <paramref name="autoIndent"/> is the render context's setting: indented output is left to Scriban.
    /// </summary>
    public static IReadOnlyDictionary<string, CompiledTemplate>? TryCompile(
        IReadOnlyDictionary<string, Template> templates, Func<string, string?> nameOf, bool autoIndent, out string? reason)
    {
        var compiler = new TemplateCompiler(templates, nameOf, autoIndent);
        try
        {
            foreach (var (name, template) in templates)
            {
                compiler._compiled[name].Body = compiler.Block(template.Page?.Body);
            }

            reason = null;
            return compiler._compiled;
        }
        catch (NotCompilable e)
        {
            reason = e.Message;
            return null;
        }
    }

    private CompiledStatement Block(ScriptBlockStatement? block)
    {
        if (block is null)
        {
            return static _ => { };
        }

        var parts = block.Statements.Select(Statement).OfType<CompiledStatement>().ToArray();
        if (parts.Length == 1)
        {
            return parts[0];
        }

        return scope =>
        {
            foreach (var part in parts)
            {
                part(scope);
            }
        };
    }

    private CompiledStatement? Statement(ScriptStatement statement) => statement switch
    {
        ScriptRawStatement { Text.Length: 0 } => null,
        ScriptRawStatement raw => Text(raw.Text.ToString()),
        ScriptEscapeStatement escape when _autoIndent && escape.IsEntering && !string.IsNullOrEmpty(escape.Indent) => throw new NotCompilable(statement, "indented output"),
        ScriptEscapeStatement or ScriptEndStatement => null,
        ScriptExpressionStatement { Expression: ScriptAssignExpression assign } => Assign(assign),
        ScriptExpressionStatement { Expression: ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call } => Include(call),
        ScriptExpressionStatement output => Output(Expression(output.Expression)),
        ScriptIfStatement condition => If(condition),
        ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement) => For(loop),
        _ => throw new NotCompilable(statement, statement.GetType().Name),
    };

    private static CompiledStatement Text(string text) => scope => scope.Output.Append(text);

    private static CompiledStatement Output(CompiledExpression value) => scope => scope.Write(value(scope));

    private CompiledStatement Assign(ScriptAssignExpression assign)
    {
        if (assign.Target is not ScriptVariableGlobal { Name: var name } || Intrinsics.Contains(name) || _loops.Contains(name))
        {
            throw new NotCompilable(assign, "assignment to anything but a new page variable");
        }

        var value = Expression(assign.Value);
        return scope => scope.Assign(name, value(scope));
    }

    private CompiledStatement Include(ScriptFunctionCall call)
    {
        if (call.Arguments.Count != 1 || call.Arguments[0] is not ScriptLiteral { Value: string name } ||
            _nameOf(name) is not { } found || !_compiled.TryGetValue(found, out var partial))
        {
            throw new NotCompilable(call, "include of anything but a template of the set, by its name");
        }

        return scope =>
        {
            scope.EnterInclude();
            partial.Body(scope);
            scope.ExitInclude();
        };
    }

    private CompiledStatement If(ScriptIfStatement statement)
    {
        var condition = Condition(statement.Condition);
        var then = Block(statement.Then);
        var otherwise = statement.Else switch
        {
            null => null,
            ScriptElseStatement @else => Block(@else.Body),
            ScriptIfStatement elseIf => If(elseIf),
            var other => throw new NotCompilable(other, other.GetType().Name),
        };
        return scope =>
        {
            if (condition(scope))
            {
                then(scope);
            }
            else
            {
                otherwise?.Invoke(scope);
            }
        };
    }

    private CompiledStatement For(ScriptForStatement loop)
    {
        if (loop.NamedArguments is { Count: > 0 } || loop.Variable is not ScriptVariableGlobal { Name: var name } || Intrinsics.Contains(name))
        {
            throw new NotCompilable(loop, "a for loop with options or an unusual variable");
        }

        var items = Expression(loop.Iterator);
        _loops.Add(name);
        var body = Block(loop.Body);
        _loops.RemoveAt(_loops.Count - 1);
        var otherwise = loop.Else is null ? null : Block(loop.Else.Body);
        return scope =>
        {
            switch (items(scope))
            {
                case null:
                    return;
                case IList { Count: 0 }:
                    otherwise?.Invoke(scope);
                    return;
                case IList list:
                    var frame = scope.EnterLoop(list.Count);
                    for (var i = 0; i < list.Count; i++)
                    {
                        frame.Previous = frame.Item;
                        frame.Index = i;
                        frame.Item = list[i];
                        body(scope);
                    }

                    scope.ExitLoop();
                    return;
                default:
                    throw new RenderBailout("a loop over something that is not a list");
            }
        };
    }

    private CompiledExpression Expression(ScriptExpression? expression) => expression switch
    {
        ScriptLiteral { Value: var value } => _ => value,
        ScriptNestedExpression nested => Expression(nested.Expression),
        ScriptVariableGlobal variable => Variable(variable),
        ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "for" } } member => LoopMember(member),
        ScriptMemberExpression member => Member(member),
        ScriptBinaryExpression or ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not } => Boxed(Condition(expression)),
        ScriptPipeCall pipe => Pipe(pipe),
        _ => throw new NotCompilable(expression, expression?.GetType().Name ?? "a missing expression"),
    };

    private CompiledExpression Variable(ScriptVariableGlobal variable)
    {
        var name = variable.Name;
        if (Intrinsics.Contains(name))
        {
            throw new NotCompilable(variable, $"'{name}' as a value");
        }

        var at = _loops.LastIndexOf(name);
        if (at >= 0)
        {
            var distance = _loops.Count - 1 - at;
            return scope => scope.Loop(distance).Item;
        }

        return scope => scope.Lookup(name);
    }

    private CompiledExpression Member(ScriptMemberExpression member)
    {
        var target = Expression(member.Target);
        var site = new MemberSite(member.Member?.Name ?? throw new NotCompilable(member, "a member without a name"), _getters);
        return scope => site.Read(target(scope), scope.Context);
    }

    /// <summary><c>for.index</c>, <c>for.first</c>, … of the innermost loop.</summary>
    private CompiledExpression LoopMember(ScriptMemberExpression member)
    {
        if (_loops.Count == 0)
        {
            throw new NotCompilable(member, "'for' outside a loop");
        }

        Func<LoopFrame, object> read = member.Member?.Name switch
        {
            "index" => static f => f.Index,
            "rindex" => static f => f.Count - f.Index - 1,
            "first" => static f => Box(f.Index == 0),
            "last" => static f => Box(f.Index == f.Count - 1),
            "even" => static f => Box(f.Index % 2 == 0),
            "odd" => static f => Box(f.Index % 2 == 1),
            "changed" => static f => Box(f.Changed),
            var other => throw new NotCompilable(member, $"'for.{other}'"),
        };
        return scope => read(scope.Loop(0));
    }

    /// <summary>
    /// A condition as a bool: <c>!</c>, <c>&amp;&amp;</c> and <c>||</c> as Scriban evaluates them (truth of each side,
    /// right side only when needed), comparisons of two texts or two whole numbers directly, other comparisons by Scriban.
    /// </summary>
    private CompiledCondition Condition(ScriptExpression? expression)
    {
        switch (expression)
        {
            case ScriptNestedExpression nested:
                return Condition(nested.Expression);
            case ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not } not:
                var negated = Condition(not.Right);
                return scope => !negated(scope);
            case ScriptBinaryExpression { Operator: ScriptBinaryOperator.And } and:
                var (bothLeft, bothRight) = (Condition(and.Left), Condition(and.Right));
                return scope => bothLeft(scope) && bothRight(scope);
            case ScriptBinaryExpression { Operator: ScriptBinaryOperator.Or } or:
                var (eitherLeft, eitherRight) = (Condition(or.Left), Condition(or.Right));
                return scope => eitherLeft(scope) || eitherRight(scope);
            case ScriptBinaryExpression binary:
                return Comparison(binary);
            default:
                var value = Expression(expression);
                var span = expression!.Span;
                return scope => scope.Context.ToBool(span, value(scope));
        }
    }

    private CompiledCondition Comparison(ScriptBinaryExpression binary)
    {
        var op = binary.Operator;
        if (op is not (ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual or ScriptBinaryOperator.CompareGreater or
            ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareGreaterOrEqual or ScriptBinaryOperator.CompareLessOrEqual))
        {
            throw new NotCompilable(binary, $"the operator {binary.OperatorAsText}");
        }

        var (left, right) = (Expression(binary.Left), Expression(binary.Right));
        var (leftSpan, rightSpan) = (binary.Left!.Span, binary.Right!.Span);
        var span = binary.OperatorToken?.Span ?? binary.Span;
        return scope => (PageContent.Plain(left(scope)), PageContent.Plain(right(scope))) switch
        {
            (string a, string b) when op is ScriptBinaryOperator.CompareEqual => string.Equals(a, b, StringComparison.Ordinal),
            (string a, string b) when op is ScriptBinaryOperator.CompareNotEqual => !string.Equals(a, b, StringComparison.Ordinal),
            (int a, int b) => op switch
            {
                ScriptBinaryOperator.CompareEqual => a == b,
                ScriptBinaryOperator.CompareNotEqual => a != b,
                ScriptBinaryOperator.CompareGreater => a > b,
                ScriptBinaryOperator.CompareLess => a < b,
                ScriptBinaryOperator.CompareGreaterOrEqual => a >= b,
                _ => a <= b,
            },
            var (a, b) => ScriptBinaryExpression.Evaluate(scope.Context, span, op, leftSpan, a, rightSpan, b) is var result && result is bool answer
                ? answer
                : scope.Context.ToBool(span, result),
        };
    }

    private static CompiledExpression Boxed(CompiledCondition condition) => scope => Box(condition(scope));

    /// <summary>Conditions are everywhere in a page: their answers are boxed once, not once per use.</summary>
    private static object Box(bool value) => value ? True : False;

    /// <summary><c>value | escape</c> and <c>value | string.slice start [length]</c>.</summary>
    private CompiledExpression Pipe(ScriptPipeCall pipe)
    {
        var from = Expression(pipe.From);
        var (target, arguments) = pipe.To switch
        {
            ScriptFunctionCall call => (call.Target, call.Arguments.ToArray()),
            var other => (other, []),
        };
        return target switch
        {
            ScriptVariableGlobal { Name: "escape" } when arguments.Length == 0 => scope => TemplateFunctions.Escape(PageContent.Plain(from(scope))),
            ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "string" }, Member.Name: "slice" } when arguments.Length is 1 or 2 =>
                Slice(from, [.. arguments.Select(Expression)]),
            _ => throw new NotCompilable(pipe, "a call other than escape or string.slice"),
        };
    }

    private static CompiledExpression Slice(CompiledExpression from, CompiledExpression[] arguments) => scope =>
        (PageContent.Plain(from(scope)), arguments[0](scope), arguments.Length == 1 ? null : arguments[1](scope)) switch
        {
            (string text, int start, null) when arguments.Length == 1 => StringFunctions.Slice(text, start, null),
            (string text, int start, int length) => StringFunctions.Slice(text, start, length),
            _ => throw new RenderBailout("string.slice of something other than text and whole numbers"),
        };

    private sealed class NotCompilable(ScriptNode? node, string what)
        : Exception(node is null ? what : $"{node.Span.FileName}({node.Span.Start.Line + 1},{node.Span.Start.Column + 1}): {what}");
}
