using DanVan.Bot.Hosting;

namespace DanVan.Bot.Tests;

/// <summary>Storage behind interfaces only: the host compiles against no Table Storage type (the compiler records
/// an assembly reference only for what the code uses).</summary>
public sealed class LayeringTests
{
    [Fact]
    public void The_bot_assembly_uses_no_Azure_Data_Tables_type()
    {
        var references = typeof(DanVanHost).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("DanVan.Storage", references);
        Assert.DoesNotContain("Azure.Data.Tables", references);
    }
}
