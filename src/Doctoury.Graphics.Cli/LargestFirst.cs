using System.Collections.Concurrent;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// Runs jobs on every core, the costliest first, and returns the results in the jobs' order. Each
/// free worker takes the next job (no chunks): PLINQ's range chunks once put the 1x PNG, the 2x PNG
/// and the SVG of a spec on one worker in turn while the other core idled. Started first, the 2x
/// PNG (the critical path) runs beside everything else, so a spec takes about its time.
/// </summary>
internal static class LargestFirst
{
    public static TResult[] Run<TJob, TResult>(IReadOnlyList<TJob> jobs, Func<TJob, long> cost, Func<TJob, TResult> run, int maxWorkers = -1)
    {
        var results = new TResult[jobs.Count];
        var order = Enumerable.Range(0, jobs.Count).OrderByDescending(i => cost(jobs[i])).ToList();
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = maxWorkers },
            i => results[i] = run(jobs[i]));
        return results;
    }
}
