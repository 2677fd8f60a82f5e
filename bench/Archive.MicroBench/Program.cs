using BenchmarkDotNet.Running;

namespace Archive.MicroBench;

/// <summary>
/// Micro-benchmarks of the build's hot spots on the sample interview: reading a seed, slugging, folding search terms
/// and rendering one interview page. Run: dotnet run -c Release --project bench/Archive.MicroBench -- --filter '*'
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
