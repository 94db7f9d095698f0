// The report's charts: every canvas with a data-chart attribute (written by the server: kind, labels, series)
// is drawn with Chart.js. Data only comes from the page; the Content-Security-Policy allows no inline script.
(function () {
    'use strict';

    var palette = ['#0d6efd', '#dc3545', '#198754', '#fd7e14', '#6f42c1', '#20c997'];

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
                    legend: { display: data.series.length > 1, position: 'bottom', labels: { boxWidth: 12 } }
                },
                scales: {
                    x: { beginAtZero: true, ticks: { precision: 0 } },
                    y: { beginAtZero: true, ticks: { precision: 0 } }
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
