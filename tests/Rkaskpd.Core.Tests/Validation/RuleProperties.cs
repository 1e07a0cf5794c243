using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Validation;

namespace Rkaskpd.Tests.Validation;

[Properties(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 200)]
public class RuleProperties
{
    [Property]
    public Property A_consistent_document_raises_nothing(RkaDocument document)
    {
        var diagnostics = RuleSet.Default.Validate(document);
        return (diagnostics.Count == 0).Label(string.Join("\n", diagnostics));
    }
}
