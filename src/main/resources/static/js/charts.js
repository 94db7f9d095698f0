// The report's charts: every canvas with a data-chart attribute (written by the server: kind, labels, series)
// is drawn with Chart.js. Data only comes from the page; the Content-Security-Policy allows no inline script.
(function () {
    'use strict';

    // Okabe & Ito's colour-blind-safe palette; series also differ by marker and line pattern, never by colour alone
    // (WCAG 1.4.1).
    var palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
    var markers = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'];
    var dashes = [[], [8, 4], [2, 3], [12, 3, 2, 3], [4, 4], [1, 2]];

    // Long labels (region and form names) on several lines rather than cut off.
    function wrap(label) {
        var lines = [];
        String(label).split(' ').forEach(function (word) {
            var last = lines.length - 1;
            if (last >= 0 && (lines[last] + ' ' + word).length <= 18) {
                lines[last] += ' ' + word;
            } else {
                lines.push(word);
            }
        });
        return lines.length > 1 ? lines : label;
    }

    function draw(canvas) {
        var data = JSON.parse(canvas.getAttribute('data-chart'));
        var line = data.kind === 'line';
        new window.Chart(canvas, {
            type: data.kind,
            data: {
                labels: data.labels.map(wrap),
                datasets: data.series.map(function (series, i) {
                    return {
                        label: series.name,
                        data: series.values,
                        borderColor: palette[i % palette.length],
                        backgroundColor: line ? palette[i % palette.length] : palette[i % palette.length] + 'cc',
                        borderDash: line ? dashes[i % dashes.length] : [],
                        borderWidth: line ? 2 : 1,
                        pointStyle: markers[i % markers.length],
                        pointRadius: line ? 5 : 0,
                        pointHoverRadius: line ? 7 : 0,
                        tension: 0.2,
                        spanGaps: true
                    };
                })
            },
            options: {
                indexAxis: data.horizontal ? 'y' : 'x',
                maintainAspectRatio: false,
                animation: false,
                plugins: {
                    legend: { display: data.series.length > 1, position: 'bottom',
                              labels: { boxWidth: 12, usePointStyle: true } }
                },
                // every category is labelled (one label per bar, however many regions): never skipped to save room
                scales: {
                    x: { beginAtZero: true, ticks: { precision: 0, autoSkip: data.horizontal } },
                    y: { beginAtZero: true, ticks: { precision: 0, autoSkip: !data.horizontal } }
                }
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (!window.Chart) {
            return;
        }
        document.querySelectorAll('canvas[data-chart]').forEach(draw);
    });
})();
