using System.Globalization;
using System.Threading.Tasks;
using Xunit;

namespace Rkaskpd.Tests.Reliability;

/// <summary>The culture switch of <see cref="TestCulture"/> reaches the threads tests run on.</summary>
public class TestCultureTests
{
    [Fact]
    public async Task The_requested_culture_is_current_on_test_and_pool_threads()
    {
        if (TestCulture.Requested is not { } requested)
        {
            Assert.True(string.IsNullOrWhiteSpace(System.Environment.GetEnvironmentVariable(TestCulture.Variable)));
            return;
        }

        Assert.Equal(requested.Name, CultureInfo.CurrentCulture.Name);
        string onPool = await Task.Run(() => CultureInfo.CurrentCulture.Name);
        Assert.Equal(requested.Name, onPool);
    }
}
