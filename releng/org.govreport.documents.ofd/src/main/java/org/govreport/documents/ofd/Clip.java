package org.govreport.documents.ofd;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a page's paths shows inside its clipping path, in the PDF's device space. Our PDFs set no
 * clip today; an earlier layout clipped a table running across pages to the page's text area, and a
 * renderer may again, so a clip is honoured rather than ignored. A path wholly inside stays as it is; one partly inside is cut
 * with {@link Area}, a stroked line becoming the filled outline of its visible part.
 */
final class Clip {
	private final Area area;

	Clip(Area area) {
		this.area = area;
	}

	/** The polygons, or their parts, inside the clip. */
	List<List<Point2D>> fill(List<List<Point2D>> polygons) {
		var inside = new ArrayList<List<Point2D>>();
		for (List<Point2D> polygon : polygons) {
			var path = path(polygon, true);
			if (area.contains(path.getBounds2D())) {
				inside.add(polygon);
			} else if (area.intersects(path.getBounds2D())) {
				inside.addAll(polygons(cut(path)));
			}
		}
		return inside;
	}

	/** The polylines wholly inside the clip. */
	List<List<Point2D>> strokesInside(List<List<Point2D>> polylines, double width) {
		return polylines.stream().filter(line -> area.contains(outline(line, width).getBounds2D())).toList();
	}

	/** The outlines of the visible parts of the polylines partly inside the clip, as polygons to fill. */
	List<List<Point2D>> strokesCut(List<List<Point2D>> polylines, double width) {
		var parts = new ArrayList<List<Point2D>>();
		for (List<Point2D> line : polylines) {
			var outline = outline(line, width);
			if (!area.contains(outline.getBounds2D()) && area.intersects(outline.getBounds2D())) {
				parts.addAll(polygons(cut(outline)));
			}
		}
		return parts;
	}

	private Area cut(Shape shape) {
		var visible = new Area(shape);
		visible.intersect(area);
		return visible;
	}

	private static Shape outline(List<Point2D> line, double width) {
		return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER).createStrokedShape(path(line, false));
	}

	private static Path2D path(List<Point2D> points, boolean closed) {
		var path = new Path2D.Double();
		path.moveTo(points.get(0).getX(), points.get(0).getY());
		points.subList(1, points.size()).forEach(point -> path.lineTo(point.getX(), point.getY()));
		if (closed) {
			path.closePath();
		}
		return path;
	}

	/** The area's outline as polygons; an area cut from straight-sided shapes has straight sides only. */
	private static List<List<Point2D>> polygons(Area area) {
		var polygons = new ArrayList<List<Point2D>>();
		var coordinates = new double[6];
		List<Point2D> current = null;
		for (var segments = area.getPathIterator(null); !segments.isDone(); segments.next()) {
			switch (segments.currentSegment(coordinates)) {
			case PathIterator.SEG_MOVETO -> {
				current = new ArrayList<>();
				polygons.add(current);
				current.add(new Point2D.Double(coordinates[0], coordinates[1]));
			}
			case PathIterator.SEG_LINETO -> current.add(new Point2D.Double(coordinates[0], coordinates[1]));
			default -> {
				// SEG_CLOSE ends the polygon; curves do not occur
			}
			}
		}
		polygons.removeIf(polygon -> polygon.size() < 3);
		return polygons;
	}
}
