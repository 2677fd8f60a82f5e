using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban;
using Scriban.Runtime;

namespace Archive.Rendering.Compiled;

/// <summary>
/// One <c>target.member</c> in a template. It reads a ScriptObject by key, the size of a list, and a public property
/// of a plain object under the name Scriban's member renamer gives it (<c>SpeakerUrl</c> → <c>speaker_url</c>),
/// remembering the getter for the last type it met; getters are shared by all the sites of a template set through
/// <paramref name="getters"/>. Anything else is left to the interpreter.
/// </summary>
internal sealed class MemberSite(string name, ConcurrentDictionary<MemberSite.Key, MemberSite.Getter> getters)
{
    private Getter? _last;

    public object? Read(object? target, TemplateContext context)
    {
        switch (target)
        {
            case null:
                throw new RenderBailout($"'{name}' of nothing");
            case ScriptObject script:
                return script.TryGetValue(name, out var value) ? value : throw new RenderBailout($"no member '{name}'");
        }

        var getter = _last;
        if (getter is null || getter.Type != target.GetType())
        {
            _last = getter = getters.GetOrAdd(new Key(target.GetType(), name), static (key, context) => Resolve(key.Type, key.Name, context), context);
        }

        return getter.Read(target);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification =
        "The views are this library's types, and a trimmed publish of the tool keeps the whole library (src/Archive/Standalone.roots.xml).")]
    private static Getter Resolve(Type type, string name, TemplateContext context)
    {
        if (type.IsArray || typeof(IList).IsAssignableFrom(type))
        {
            return name == "size" ? new Getter(type, static list => ((ICollection)list).Count) : Refuse(type, name);
        }

        if (type == typeof(string) || typeof(IEnumerable).IsAssignableFrom(type) || type.IsPrimitive)
        {
            return Refuse(type, name);
        }

        var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .SingleOrDefault(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && context.MemberRenamer(p) == name);
        if (property is null)
        {
            return Refuse(type, name);
        }

        var invoker = MethodInvoker.Create(property.GetMethod!);
        return new Getter(type, invoker.Invoke);
    }

    private static Getter Refuse(Type type, string name) => new(type, _ => throw new RenderBailout($"member '{name}' of {type.Name}"));

    /// <summary>
    /// A member of a type. A class rather than a tuple: the framework's precompiled code for tables keyed by reference
    /// serves it, where a table keyed by a tuple would be compiled again by every build.
    /// </summary>
    internal sealed record Key(Type Type, string Name);

    /// <summary>How to read one member of one type.</summary>
    internal sealed record Getter(Type Type, Func<object, object?> Read);
}
