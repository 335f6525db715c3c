using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace EchoBot;

/// <summary>The template's controller: hands POST /api/messages to the adapter.</summary>
[Route("api/messages")]
[ApiController]
public class BotController(IBotFrameworkHttpAdapter adapter, IBot bot) : ControllerBase
{
    [HttpPost, HttpGet]
    public async Task PostAsync() => await adapter.ProcessAsync(Request, Response, bot);
}
