using Doctoury.Graphics.Cli;

namespace Doctoury.Graphics.Tests;

public sealed class LargestFirstTests
{
    private static readonly long[] Costs = [20, 0, 80, 5, 320, 0];

    [Fact]
    public void Jobs_start_costliest_first_and_results_keep_the_jobs_order()
    {
        var started = new List<long>();
        var results = LargestFirst.Run(Costs, c => c, c => { lock (started) started.Add(c); return c * 2; }, maxWorkers: 1);
        Assert.Equal([320, 80, 20, 5, 0, 0], started);
        Assert.Equal(Costs.Select(c => c * 2), results);
    }

    [Fact]
    public void Every_worker_takes_one_job_at_a_time_so_no_job_waits_behind_a_chunk()
    {
        // Two workers, the costliest job blocks until every other job has run: with chunks, a
        // cheap job queued behind it on the same worker would never run and this would time out.
        using var othersDone = new CountdownEvent(Costs.Length - 1);
        bool[]? results = null;
        // A thread of its own: under a busy test run the thread pool may be slow to start a task.
        var runner = new Thread(() => results = LargestFirst.Run(Costs, c => c, c =>
        {
            if (c == 320) return othersDone.Wait(TimeSpan.FromSeconds(30));
            othersDone.Signal();
            return true;
        }, maxWorkers: 2));
        runner.Start();
        Assert.True(runner.Join(TimeSpan.FromSeconds(60)), "the scheduler did not finish");
        Assert.All(results!, Assert.True);
    }
}
