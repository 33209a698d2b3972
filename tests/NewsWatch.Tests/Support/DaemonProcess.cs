using System.Diagnostics;
using System.Text;

namespace NewsWatch.Tests.Support;

/// <summary>The real <c>newswatch</c> binary started as a child process, so tests can kill -9 it.</summary>
public sealed class DaemonProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private DaemonProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static DaemonProcess Start(string configFile, params string[] verb) =>
        StartIn(Path.GetDirectoryName(configFile)!, [.. verb.Length > 0 ? verb : ["run"], "--config", configFile]);

    /// <summary>The binary with exactly these arguments (no configuration file), in <paramref name="workingDirectory"/>.</summary>
    public static DaemonProcess StartIn(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(NewsWatchDll());
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return new DaemonProcess(Process.Start(info)!);
    }

    /// <summary>Waits for the process to end by itself and for its last output lines; false on timeout.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) return false;
        _process.WaitForExit(); // flushes the asynchronous output readers
        return true;
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a power cut or an OOM kill.</summary>
    public void Kill9()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, what <c>docker stop</c> sends; waits for the process to exit.</summary>
    public bool Terminate(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        return _process.WaitForExit(timeout);
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill9();
        _process.Dispose();
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    /// <summary>
    /// The daemon's own build output. The copy beside the tests cannot run on its own: the test
    /// project takes the hosting assemblies from the ASP.NET Core framework, the daemon does not.
    /// </summary>
    public static string NewsWatchDll()
    {
        // bin/<Configuration>/net10.0 of the test project → the same folder of the daemon project.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        var built = Path.Combine(repo, "src", "NewsWatch", "bin", configuration, "net10.0", "newswatch.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException("newswatch.dll not found; build src/NewsWatch first", built);
    }
}
