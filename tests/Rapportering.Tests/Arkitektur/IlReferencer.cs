using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Rapportering.Tests.Arkitektur;

/// <summary>One member a method body uses: who uses it (type and method) and what (declaring type and member).</summary>
internal sealed record IlReference(string Bruger, string Metode, string Type, string Medlem)
{
    public override string ToString() => $"{Bruger}.{Metode} → {Type}.{Medlem}";
}

/// <summary>
/// Reads a compiled assembly with System.Reflection.Metadata and lists, per type, every method,
/// field and type its IL refers to (calls, object creation, field access, ldtoken, ldftn), with
/// compiler-made nested types (lambdas, async state machines, local functions' closures)
/// counted under the type that wrote them. What the source text hides (an alias, a helper in
/// another namespace, a static import) the IL still names.
/// </summary>
internal static class IlReferencer
{
    private static readonly Dictionary<short, OpCode> Opkoder = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IReadOnlyList<IlReference> I(string assemblySti, Func<string, bool> navnerum)
    {
        using var pe = new PEReader(File.OpenRead(assemblySti));
        var md = pe.GetMetadataReader();
        var ud = new List<IlReference>();
        foreach (var th in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(th);
            var bruger = YdersteNavn(md, th);
            if (!navnerum(bruger)) continue;
            foreach (var mh in type.GetMethods())
            {
                var metode = md.GetMethodDefinition(mh);
                if (metode.RelativeVirtualAddress == 0) continue;
                var krop = pe.GetMethodBody(metode.RelativeVirtualAddress);
                foreach (var token in Tokens(krop.GetILReader()))
                    if (Navngiv(md, token) is { } r)
                        ud.Add(new IlReference(bruger, md.GetString(metode.Name), r.Type, r.Medlem));
            }
        }
        return ud;
    }

    /// <summary>The full name of the outermost type that holds <paramref name="h"/> ("Rapportering.Report.Sektioner.Blokke").</summary>
    private static string YdersteNavn(MetadataReader md, TypeDefinitionHandle h)
    {
        var t = md.GetTypeDefinition(h);
        while (t.GetDeclaringType() is { IsNil: false } ydre) t = md.GetTypeDefinition(ydre);
        return $"{md.GetString(t.Namespace)}.{md.GetString(t.Name)}";
    }

    private static IEnumerable<int> Tokens(BlobReader il)
    {
        while (il.RemainingBytes > 0)
        {
            short kode = il.ReadByte();
            if (kode == 0xFE) kode = unchecked((short)(0xFE00 | il.ReadByte()));
            var op = Opkoder[kode];
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    yield return il.ReadInt32();
                    break;
                case OperandType.InlineSwitch:
                    var n = il.ReadInt32(); // read first: "Offset += Read()" would add to the offset before the read
                    il.Offset += 4 * n;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                default: // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
                    il.Offset += 4;
                    break;
            }
        }
    }

    private static (string Type, string Medlem)? Navngiv(MetadataReader md, int token)
    {
        var h = MetadataTokens.EntityHandle(token);
        switch (h.Kind)
        {
            case HandleKind.MethodDefinition:
                var m = md.GetMethodDefinition((MethodDefinitionHandle)h);
                return (TypeNavn(md, m.GetDeclaringType()), md.GetString(m.Name));
            case HandleKind.FieldDefinition:
                var f = md.GetFieldDefinition((FieldDefinitionHandle)h);
                return (TypeNavn(md, f.GetDeclaringType()), md.GetString(f.Name));
            case HandleKind.MemberReference:
                var r = md.GetMemberReference((MemberReferenceHandle)h);
                return (TypeNavn(md, r.Parent), md.GetString(r.Name));
            case HandleKind.MethodSpecification:
                return Navngiv(md, MetadataTokens.GetToken(md.GetMethodSpecification((MethodSpecificationHandle)h).Method));
            case HandleKind.TypeReference or HandleKind.TypeDefinition or HandleKind.TypeSpecification:
                return (TypeNavn(md, h), "");
            default:
                return null;
        }
    }

    private static string TypeNavn(MetadataReader md, EntityHandle h) => h.Kind switch
    {
        HandleKind.TypeDefinition => YdersteNavn(md, (TypeDefinitionHandle)h),
        HandleKind.TypeReference => RefNavn(md, (TypeReferenceHandle)h),
        HandleKind.TypeSpecification => SpecNavn(md, (TypeSpecificationHandle)h),
        HandleKind.MethodDefinition => TypeNavn(md, md.GetMethodDefinition((MethodDefinitionHandle)h).GetDeclaringType()),
        HandleKind.ModuleReference => "<module>",
        _ => "?",
    };

    private static string RefNavn(MetadataReader md, TypeReferenceHandle h)
    {
        var t = md.GetTypeReference(h);
        // A nested type reference: name it by its outermost type, like the definitions.
        if (t.ResolutionScope.Kind == HandleKind.TypeReference) return RefNavn(md, (TypeReferenceHandle)t.ResolutionScope);
        return $"{md.GetString(t.Namespace)}.{md.GetString(t.Name)}";
    }

    /// <summary>A generic instance (List&lt;Observation&gt;) is named by its generic type.</summary>
    private static string SpecNavn(MetadataReader md, TypeSpecificationHandle h)
    {
        var blob = md.GetBlobReader(md.GetTypeSpecification(h).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) return "?";
        blob.ReadSignatureTypeCode(); // class or valuetype
        return TypeNavn(md, blob.ReadTypeHandle());
    }
}
