using DanVan.Bot.Hosting;

try
{
    var app = DanVanHost.Build(args);
    await DanVanHost.PrepareStorageAsync(app);
    await app.RunAsync();
    return 0;
}
catch (StartupException)
{
    // Already logged as one critical line (file, field, rule): a stack trace would only bury it.
    return 2;
}
