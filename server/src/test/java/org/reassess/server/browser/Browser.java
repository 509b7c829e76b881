package org.reassess.server.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium, driven through Debian's chromedriver at fixed paths (the machine is
 * offline: Selenium Manager is never asked to find or download anything), with a fresh profile and
 * its own download folder. {@code ./run-tests} installs both packages; without them the browser
 * tests fail, they are not skipped.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Wide enough for the desktop layout the clinics use, tall enough for the top of a page. */
  private static final String WINDOW_SIZE = "1280,900";

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;
  private final Path downloads;

  private Browser(ChromeDriverService service, ChromeDriver driver, Path profile, Path downloads) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
    this.downloads = downloads;
  }

  static Browser start() {
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(
            p
                + " is missing: the browser tests need the Debian packages chromium and"
                + " chromium-driver (./run-tests installs them)");
      }
    }
    Path profile = temporaryFolder("reassess-chromium-profile-");
    Path downloads = temporaryFolder("reassess-downloads-");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options(profile, downloads));
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Browser(service, driver, profile, downloads);
    } catch (RuntimeException e) {
      service.stop();
      deleteTree(profile);
      deleteTree(downloads);
      throw e;
    }
  }

  private static ChromeOptions options(Path profile, Path downloads) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=" + WINDOW_SIZE,
        "--user-data-dir=" + profile.toAbsolutePath());
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
    prefs.put("download.prompt_for_download", false);
    prefs.put("download.directory_upgrade", true);
    // a PDF is saved, not shown in the built-in viewer
    prefs.put("plugins.always_open_pdf_externally", true);
    options.setExperimentalOption("prefs", prefs);
    // the console is where Chromium reports what the Content-Security-Policy refused
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    return options;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Where downloads land (empty at start). */
  Path downloads() {
    return downloads;
  }

  /** The console messages since the last call (reading them empties Chromium's buffer). */
  List<LogEntry> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /** A PNG of the whole page, not only the window: the page's full size through DevTools. */
  byte[] fullPageScreenshot() {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked") // DevTools answers with JSON objects, read as maps
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip = new HashMap<>();
    clip.put("x", 0);
    clip.put("y", 0);
    clip.put("width", ((Number) size.get("width")).doubleValue());
    clip.put("height", ((Number) size.get("height")).doubleValue());
    clip.put("scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteTree(profile);
      deleteTree(downloads);
    }
  }

  private static Path temporaryFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a temporary folder left behind is harmless; the test's outcome does not depend on it
    }
  }
}
