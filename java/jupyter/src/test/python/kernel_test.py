"""The NumJ kernel under jupyter_kernel_test (the message protocol, validated against its schema).

Run by NotebooksTest with JUPYTER_PATH pointing at a kernel spec named "numj":
    python3 -m unittest -v kernel_test
"""
import unittest

import jupyter_kernel_test


class NumJKernelTest(jupyter_kernel_test.KernelTests):
    kernel_name = "numj"
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("a warning");'

    # The last expression of a cell is its result; arrays print as NumPy prints them.
    code_execute_result = [
        {"code": "array(1, 2, 3).mul(2)", "result": "[2 4 6]"},
        {"code": "var a = arange(6).reshape(2, 3);\na.T()", "result": "[[0 3]\n [1 4]\n [2 5]]"},
        {"code": "linspace(0, 1, 5)", "result": "[0.   0.25 0.5  0.75 1.  ]"},
        {"code": '"numj"', "result": '"numj"'},
        {"code": "1 + 1", "result": "2"},
    ]
    # A figure from dev.numj.plots shows inline as PNG, as a cell's result or through display().
    code_display_data = [
        {"code": 'display(new LinePlot("loss").series("train", array(3.0, 2.0, 1.5)));', "mime": "image/png"},
        {"code": 'display(array(1, 2));', "mime": "text/plain"},
    ]
    # An exception is a Jupyter error (ename, evalue, traceback).
    code_generate_error = 'array(1, 2, 3).add(array(1, 2))'

    complete_code_samples = ["array(1, 2)", "var x = 1;", "for (int i = 0; i < 3; i++) { }"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "var y = array(1,"]
    invalid_code_samples = ["var = ;"]

    completion_samples = [{"text": "arange(3).resha", "matches": {"reshape("}}]
    code_inspect_sample = "zeros("


class NumJErrorsTest(unittest.TestCase):
    """What a notebook shows for a runtime error, a compile error and a result that is a figure."""

    @classmethod
    def setUpClass(cls):
        from jupyter_client.manager import start_new_kernel
        cls.km, cls.kc = start_new_kernel(kernel_name="numj")

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel()

    def run_cell(self, code):
        outputs = []
        reply = self.kc.execute_interactive(code, timeout=60, output_hook=outputs.append)
        return reply["content"], [m for m in outputs if m["msg_type"] not in ("status", "execute_input")]

    def test_runtime_error(self):
        reply, outputs = self.run_cell("array(1, 2, 3).add(array(1, 2))")
        self.assertEqual(reply["status"], "error")
        error = outputs[-1]["content"]
        self.assertEqual(outputs[-1]["msg_type"], "error")
        self.assertEqual(error["ename"], "IllegalArgumentException")
        self.assertIn("(3,)", error["evalue"])
        self.assertTrue(error["traceback"][0].startswith("java.lang.IllegalArgumentException: "), error["traceback"])

    def test_compile_error(self):
        reply, outputs = self.run_cell("int x = undefinedName + 1;")
        self.assertEqual(reply["status"], "error")
        error = outputs[-1]["content"]
        self.assertEqual(error["ename"], "CompilationException")
        self.assertIn("cannot find symbol", error["evalue"])
        self.assertIn("int x = undefinedName + 1;", error["traceback"])

    def test_figure_result_is_png(self):
        reply, outputs = self.run_cell('new HistogramPlot("h").series("x", arange(10))')
        self.assertEqual(reply["status"], "ok")
        data = outputs[-1]["content"]["data"]
        self.assertEqual(outputs[-1]["msg_type"], "execute_result")
        self.assertIn("image/png", data)
        self.assertTrue(data["image/png"].startswith("iVBORw0KGgo"))   # PNG signature, base64

    def test_a_semicolon_after_the_last_expression_hides_its_value(self):
        reply, outputs = self.run_cell('System.out.printf("%d%n", 7);   // a PrintStream, not shown')
        self.assertEqual(reply["status"], "ok")
        self.assertEqual({o["msg_type"] for o in outputs}, {"stream"})
        reply, outputs = self.run_cell("arange(3).mul(2);")
        self.assertEqual(outputs, [])
        reply, outputs = self.run_cell("arange(3).mul(2)   // shown")
        self.assertEqual(outputs[-1]["content"]["data"]["text/plain"], "[0 2 4]")

    def test_interrupt_stops_a_running_cell(self):
        import time
        msg_id = self.kc.execute("long spins = 0;\nwhile (true) { spins++; }")
        time.sleep(3)
        self.km.interrupt_kernel()
        deadline = time.monotonic() + 60
        while True:
            reply = self.kc.get_shell_msg(timeout=max(1, deadline - time.monotonic()))
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        reply, outputs = self.run_cell("spins > 0")
        self.assertEqual(outputs[-1]["content"]["data"]["text/plain"], "true")

    def test_state_carries_between_cells_and_assignments_show_nothing(self):
        reply, outputs = self.run_cell("var w = ones(2, 2);")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(outputs, [])
        reply, outputs = self.run_cell("w.sum()")
        self.assertEqual(outputs[-1]["content"]["data"]["text/plain"], "4.0")


if __name__ == "__main__":
    unittest.main()
