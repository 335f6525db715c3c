using EchoBot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

// As the template's Startup.ConfigureServices / Configure have it, in the minimal hosting form.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient().AddControllers().AddNewtonsoftJson(options =>
    options.SerializerSettings.MaxDepth = HttpHelper.BotMessageSerializerSettings.MaxDepth);
builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, AdapterWithErrorHandler>();
builder.Services.AddTransient<IBot, EchoBot.EchoBot>();

var app = builder.Build();
app.UseDefaultFiles().UseStaticFiles().UseWebSockets().UseRouting().UseAuthorization();
app.MapControllers();
app.Run();
