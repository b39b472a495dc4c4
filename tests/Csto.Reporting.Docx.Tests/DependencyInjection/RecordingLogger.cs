using Csto.Reporting.Generation;
using Microsoft.Extensions.Logging;

namespace Csto.Reporting.Docx.Tests.DependencyInjection;

/// <summary>An <see cref="ILogger{ReportGenerator}"/> that keeps every message at Information or above.</summary>
internal sealed class RecordingLogger : ILogger<ReportGenerator>
{
    public List<string> Messages { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Messages.Add(formatter(state, exception));
        }
    }
}
