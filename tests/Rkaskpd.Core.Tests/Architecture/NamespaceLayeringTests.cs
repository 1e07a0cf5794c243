using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using Xunit;

namespace Rkaskpd.Tests.Architecture;

/// <summary>
/// The library's namespaces form layers, not a knot (issue 11): the namespaces that each namespace's code uses, read
/// from the compiled code itself (signatures, base types and the instructions of every method body), make no cycle,
/// and the utility layer uses no other namespace of the library. A namespace's sub-namespaces count as part of it
/// (<c>Rkaskpd.Text.Sections</c> is the reader, <c>Rkaskpd.Validation.Rules</c> the rules). Attributes are left out:
/// a type may name its JSON converter in an attribute without depending on serialization.
/// </summary>
/// <remarks>
/// <c>Rkaskpd.Serialization</c> stands beside the layers rather than in them: its source-generated JSON context names
/// every serialisable type of every namespace, and the writers that offer JSON among their formats (the recap's) call
/// that context. The cycle check leaves it out; every other namespace must be acyclic.
/// </remarks>
public sealed class NamespaceLayeringTests
{
    private const string Serialization = "Rkaskpd.Serialization";

    private static readonly Assembly Library = typeof(Rupiah).Assembly;

    private static readonly Lazy<Dictionary<string, SortedSet<string>>> Graph = new(BuildGraph);

    [Fact]
    public void The_namespaces_make_no_cycle()
    {
        Dictionary<string, SortedSet<string>> graph = Graph.Value
            .Where(pair => pair.Key != Serialization)
            .ToDictionary(pair => pair.Key, pair => new SortedSet<string>(pair.Value.Where(to => to != Serialization), StringComparer.Ordinal), StringComparer.Ordinal);
        List<string>? cycle = FindCycle(graph);

        Assert.True(cycle is null, $"The namespaces depend on each other in a cycle: {string.Join(" -> ", cycle ?? [])}. The graph: {Describe(graph)}");
    }

    [Theory]
    [InlineData("Rkaskpd.Forms", "Rkaskpd.Text")]
    [InlineData("Rkaskpd.Validation", "Rkaskpd.Text")]
    [InlineData("Rkaskpd.Forms", "Rkaskpd.Validation")]
    [InlineData("Rkaskpd.Codes", "Rkaskpd.Forms")]
    public void A_lower_layer_does_not_use_a_higher_one(string lower, string higher)
    {
        Assert.DoesNotContain(higher, Graph.Value.GetValueOrDefault(lower) ?? []);
    }

    [Fact]
    public void Utility_uses_no_other_namespace_of_the_library()
    {
        Assert.True((Graph.Value.GetValueOrDefault("Rkaskpd.Utility") ?? []).Count == 0, Describe(Graph.Value));
    }

    [Fact]
    public void The_graph_sees_what_the_reader_uses()
    {
        // Guards the scan itself: the reader certainly uses the form model and the utilities.
        SortedSet<string> text = Graph.Value["Rkaskpd.Text"];

        Assert.Contains("Rkaskpd.Forms", text);
        Assert.Contains("Rkaskpd.Utility", text);
    }

    private static string Describe(Dictionary<string, SortedSet<string>> graph) =>
        string.Join("; ", graph.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} -> {string.Join(", ", pair.Value)}"));

    private static Dictionary<string, SortedSet<string>> BuildGraph()
    {
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        Dictionary<short, OpCode> opCodes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (OpCode)field.GetValue(null)!)
            .ToDictionary(code => code.Value);
        foreach (Type type in Library.GetTypes())
        {
            string from = NamespaceOf(type);
            if (from.Length == 0)
            {
                continue; // compiler-generated helpers (<PrivateImplementationDetails>) belong to no namespace
            }

            if (!graph.TryGetValue(from, out SortedSet<string>? uses))
            {
                uses = new SortedSet<string>(StringComparer.Ordinal);
                graph[from] = uses;
            }

            foreach (Type used in TypesUsedBy(type, opCodes))
            {
                string to = NamespaceOf(used);
                if (used.Assembly == Library && to != from && to.Length > 0)
                {
                    uses.Add(to);
                }
            }
        }

        return graph;
    }

    /// <summary>The namespace of a type, or of the type it is nested in (compiler-generated closures included), cut to
    /// its first two parts (<c>Rkaskpd.Text.Sections</c> counts as <c>Rkaskpd.Text</c>).</summary>
    private static string NamespaceOf(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        string name = type.Namespace ?? string.Empty;
        int second = name.IndexOf('.', StringComparison.Ordinal);
        int third = second < 0 ? -1 : name.IndexOf('.', second + 1);
        return third < 0 ? name : name[..third];
    }

    private static IEnumerable<Type> TypesUsedBy(Type type, Dictionary<short, OpCode> opCodes)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (Type contract in type.GetInterfaces())
        {
            yield return contract;
        }

        foreach (FieldInfo field in type.GetFields(all))
        {
            yield return field.FieldType;
        }

        foreach (MethodBase method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (ParameterInfo parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (Type used in TypesInBody(method, opCodes))
            {
                yield return used;
            }
        }
    }

    /// <summary>The types whose members or tokens the instructions of a method body name.</summary>
    private static IEnumerable<Type> TypesInBody(MethodBase method, Dictionary<short, OpCode> opCodes)
    {
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        Module module = method.Module;
        Type[]? typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE && i + 1 < il.Length ? (short)(0xFE00 | il[i + 1]) : il[i];
            OpCode code = opCodes[value];
            i += code.Size;
            int operand = OperandSize(code, il, i);
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                int token = BitConverter.ToInt32(il, i);
                Type? used = null;
                try
                {
                    MemberInfo? member = module.ResolveMember(token, typeArguments, methodArguments);
                    used = member as Type ?? member?.DeclaringType;
                }
                catch (ArgumentException)
                {
                    // A token of an open generic instantiation that cannot be resolved out of context: nothing to add.
                }

                if (used is not null)
                {
                    yield return used;
                }
            }

            i += operand;
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    /// <summary>A cycle of the graph as a list of namespaces (the first repeated at the end), or null.</summary>
    private static List<string>? FindCycle(Dictionary<string, SortedSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1: on the path, 2: done
        var path = new List<string>();
        foreach (string start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string node)
        {
            if (state.GetValueOrDefault(node) == 2)
            {
                return null;
            }

            if (state.GetValueOrDefault(node) == 1)
            {
                return [.. path.Skip(path.IndexOf(node)), node];
            }

            state[node] = 1;
            path.Add(node);
            foreach (string next in graph.GetValueOrDefault(node) ?? [])
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }
}
