using DanVan.Bot.Hosting;

var app = DanVanHost.Build(args);
await DanVanHost.PrepareStorageAsync(app);
await app.RunAsync();
