using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Hosting;

/// <summary>The operations port (section <c>Ops</c>): Prometheus <c>/metrics</c>, <c>/healthz</c> and <c>/readyz</c>.</summary>
public sealed class OpsOptions
{
    public const string Section = "Ops";

    /// <summary>TCP port for the ops endpoints on all interfaces; 0 turns them off. Default: 0 (off).</summary>
    [Range(0, 65535)]
    public int Port { get; set; }
}
