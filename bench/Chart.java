import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * bench/run's chart of the by-size figures: throughput and p99 latency against workspace size (log x), one line
 * per figure. No dependencies: java.awt drawing on a headless image, written with ImageIO.
 * Usage: java -Djava.awt.headless=true bench/Chart.java BY_SIZE_TSV OUT_PNG "subtitle"
 * The TSV has a header and lines of: figure, objects, rps, p99_ms.
 */
public final class Chart {
    record Point(double objects, double rps, double p99) {}

    static final int W = 1400, H = 620, PANEL_W = 600, PANEL_H = 430, TOP = 90, LEFT1 = 95, LEFT2 = 790;
    static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd)};

    public static void main(String[] args) throws Exception {
        Map<String, List<Point>> series = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length < 4 || f[2].equals("NA") || f[3].equals("NA")) continue;
            series.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new Point(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
        if (series.isEmpty()) throw new IllegalArgumentException("no data in " + args[0]);
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString("Seam Simulator: cost against workspace size", LEFT1, 34);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(args.length > 2 ? args[2] : "", LEFT1, 56);
        panel(g, series, LEFT1, "Throughput (requests/s, higher is better)", Point::rps, false);
        panel(g, series, LEFT2, "p99 latency (ms, log scale, lower is better)", Point::p99, true);
        legend(g, series);
        ImageIO.write(img, "png", new File(args[1]));
    }

    static void panel(Graphics2D g, Map<String, List<Point>> series, int left, String title,
                      Function<Point, Double> value, boolean logY) {
        double minX = Double.MAX_VALUE, maxX = 0, minY = Double.MAX_VALUE, maxY = 0;
        for (List<Point> points : series.values()) {
            for (Point p : points) {
                minX = Math.min(minX, p.objects()); maxX = Math.max(maxX, p.objects());
                minY = Math.min(minY, value.apply(p)); maxY = Math.max(maxY, value.apply(p));
            }
        }
        double x0 = Math.floor(Math.log10(minX)), x1 = Math.max(x0 + 1, Math.ceil(Math.log10(maxX)));
        double y0, y1;
        if (logY) {
            y0 = Math.floor(Math.log10(Math.max(minY, 0.01)));
            y1 = Math.max(y0 + 1, Math.ceil(Math.log10(Math.max(maxY, 0.01))));
        } else {
            y0 = 0;
            y1 = niceCeiling(maxY * 1.1);
        }
        Function<Double, Integer> px = x -> left + (int) Math.round((Math.log10(x) - x0) / (x1 - x0) * PANEL_W);
        double fy0 = y0, fy1 = y1;
        Function<Double, Integer> py = y -> {
            double v = logY ? Math.log10(Math.max(y, 0.01)) : y;
            return TOP + PANEL_H - (int) Math.round((v - fy0) / (fy1 - fy0) * PANEL_H);
        };
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(Color.BLACK);
        g.drawString(title, left, TOP - 12);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setStroke(new BasicStroke(1));
        for (double e = x0; e <= x1; e++) { // decades
            int x = px.apply(Math.pow(10, e));
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, TOP, x, TOP + PANEL_H);
            g.setColor(Color.DARK_GRAY);
            String label = objects(Math.pow(10, e));
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, TOP + PANEL_H + 18);
        }
        int ticks = logY ? (int) (y1 - y0) : 5;
        for (int i = 0; i <= ticks; i++) {
            double v = logY ? Math.pow(10, y0 + i) : y1 * i / ticks;
            int y = py.apply(v);
            g.setColor(new Color(0xdddddd));
            g.drawLine(left, y, left + PANEL_W, y);
            g.setColor(Color.DARK_GRAY);
            String label = number(v);
            g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, TOP, PANEL_W, PANEL_H);
        String axis = "workspace size N: N rows in each of 5 tables (log scale)";
        g.drawString(axis, left + (PANEL_W - g.getFontMetrics().stringWidth(axis)) / 2, TOP + PANEL_H + 38);
        int c = 0;
        for (List<Point> points : series.values()) {
            g.setColor(COLORS[c++ % COLORS.length]);
            g.setStroke(new BasicStroke(2.5f));
            List<Point> sorted = new ArrayList<>(new TreeMap<>(toMap(points)).values());
            for (int i = 1; i < sorted.size(); i++) {
                g.drawLine(px.apply(sorted.get(i - 1).objects()), py.apply(value.apply(sorted.get(i - 1))),
                        px.apply(sorted.get(i).objects()), py.apply(value.apply(sorted.get(i))));
            }
            for (Point p : sorted) {
                int x = px.apply(p.objects()), y = py.apply(value.apply(p));
                g.fillOval(x - 5, y - 5, 10, 10);
                String label = number(value.apply(p));
                boolean last = p == sorted.get(sorted.size() - 1) && sorted.size() > 1;
                g.drawString(label, last ? x - 8 - g.getFontMetrics().stringWidth(label) : x + 8, y - 6);
            }
        }
    }

    static void legend(Graphics2D g, Map<String, List<Point>> series) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        int x = LEFT1, y = H - 22, c = 0;
        for (String name : series.keySet()) {
            g.setColor(COLORS[c++ % COLORS.length]);
            g.fillRect(x, y - 10, 22, 10);
            g.setColor(Color.BLACK);
            g.drawString(name, x + 30, y);
            x += 60 + g.getFontMetrics().stringWidth(name);
        }
    }

    static Map<Double, Point> toMap(List<Point> points) {
        Map<Double, Point> out = new TreeMap<>();
        points.forEach(p -> out.put(p.objects(), p));
        return out;
    }

    static double niceCeiling(double v) {
        if (v <= 0) return 1;
        double step = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) if (m * step >= v) return m * step;
        return 10 * step;
    }

    static String objects(double n) {
        if (n >= 1e6) return trim(n / 1e6) + "M";
        if (n >= 1e3) return trim(n / 1e3) + "k";
        return trim(n);
    }

    static String number(double v) {
        if (v == 0) return "0";
        if (v >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        if (v >= 10) return String.format(Locale.ROOT, "%.0f", v);
        if (v >= 1) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
