using System.Reflection;
using NewsWatch.Storage;
using Xunit.Sdk;

namespace NewsWatch.Tests.Support;

/// <summary>Runs a theory once on SQLite and once on PostgreSQL (its class must be in <see cref="PostgresCollection"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        [[StorageProvider.Sqlite], [StorageProvider.Postgres]];
}
