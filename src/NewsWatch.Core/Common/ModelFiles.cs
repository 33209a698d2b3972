namespace NewsWatch.Common;

/// <summary>The one way a model file is found: an absolute path as given; a relative one in the working directory, then beside the program (where the build copies <c>models/</c>).</summary>
public static class ModelFiles
{
    /// <exception cref="FileNotFoundException">Neither place has it; the message names both and how to train it.</exception>
    public static string Resolve(string path, string trainWith)
    {
        if (Path.IsPathRooted(path)) return File.Exists(path) ? path : throw NotFound(path, [path], trainWith);
        if (File.Exists(path)) return Path.GetFullPath(path);
        var besideProgram = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(besideProgram) ? besideProgram : throw NotFound(path, [Path.GetFullPath(path), besideProgram], trainWith);
    }

    private static FileNotFoundException NotFound(string path, string[] looked, string trainWith) =>
        new($"Model not found at {string.Join(" or ", looked.Select(p => $"'{p}'"))}. Train it with '{trainWith}'.", path);
}
